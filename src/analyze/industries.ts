// Industries a candidate may rule out, and the words postings and CVs use for them in English, Spanish,
// Portuguese, French and German (compounds as written: "Krypto-Börse", "casa de apostas"). Pure data.

/** Words that mean an excluded industry (the key), in several languages. */
export const INDUSTRY_SYNONYMS: Record<string, string[]> = {
  gambling: ['gambling', 'igaming', 'i-gaming', 'sportsbook', 'casino', 'online casino', 'betting', 'bookmaker', 'lottery', 'poker', 'wagering',
    'apuestas', 'apuestas deportivas', 'casa de apuestas', 'juegos de azar', 'glücksspiel', 'sportwetten', 'wetten', 'gokken', 'apostas',
    'apostas esportivas', 'casa de apostas', 'cassino', 'jeux d\'argent', 'jeux de hasard', 'paris sportifs', 'paris en ligne',
    'glücksspielanbieter', 'glücksspielbranche', 'wettanbieter', 'sportwettenanbieter', 'casinos', 'casinos en ligne', 'apostas online', 'casas de apostas'],
  crypto: ['crypto', 'cryptocurrency', 'cryptocurrencies', 'blockchain', 'web3', 'token trading', 'defi', 'nft', 'nfts', 'bitcoin', 'on-chain',
    'crypto exchange', 'stablecoin', 'cripto', 'criptomonedas', 'criptoactivos', 'criptomoedas', 'criptoativos', 'cryptomonnaies', 'crypto-actifs',
    'krypto', 'kryptowährung', 'kryptowährungen', 'kryptowährungs', 'krypto-börse'],
  defense: ['defense', 'defence', 'military', 'weapons', 'armed forces', 'rüstung', 'rüstungsindustrie', 'rüstungsunternehmen', 'verteidigung', 'verteidigungsindustrie', 'defensa', 'munitions', 'defesa', 'armement'],
  tobacco: ['tobacco', 'cigarettes', 'vaping', 'nicotine', 'tabaco', 'tabac'],
  adult: ['adult entertainment', 'porn'],
  'oil and gas': ['oil and gas', 'oil & gas', 'petroleum', 'upstream drilling', 'petróleo', 'pétrole'],
};
INDUSTRY_SYNONYMS.defence = INDUSTRY_SYNONYMS.defense!;
INDUSTRY_SYNONYMS.betting = INDUSTRY_SYNONYMS.gambling!;
INDUSTRY_SYNONYMS.blockchain = INDUSTRY_SYNONYMS.crypto!;

/** The industries by their own names (without the aliases above): what a CV's "not interested in …" is read for. */
export const INDUSTRIES = ['gambling', 'crypto', 'defense', 'tobacco', 'adult', 'oil and gas'] as const;
