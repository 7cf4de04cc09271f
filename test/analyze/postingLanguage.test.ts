// The language a posting is written in, when it is short: boards' terse postings are mostly nouns and terms of
// employment, so a shared function word ("de", "en") can be all the evidence there is. A tie is no answer (read as
// English, which no rule holds against anyone), and the words of terms only one language spells that way decide.
import { beforeAll, describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/analyze/facts.js';
import { loadPlaces } from '../../src/analyze/places.js';
import { preGate } from '../../src/analyze/pregate.js';
import { posting, profileMaker } from '../helpers/analysis.js';

beforeAll(() => loadPlaces());

describe('short postings', () => {
  it.each([
    ['Analista de Datos. Presencial en Getafe. SQL, Power BI, Excel avanzado. Indefinido. 33.000–37.000 €.', 'es'],
    ['Développeur backend Java – contrat de 6 mois. Mandat de six mois. Java, Spring. Hybride à Montréal.', 'fr'],
    ['Analista de Dados. Contrato a termo certo. Excel e SQL. Vencimento: 900 € brutos mensais.', 'pt'],
    ['Engenheiro(a) DevOps. Regime híbrido em Maputo. Kubernetes, AWS. Contrato por tempo indeterminado.', 'pt'],
    ['Engenheiro(a) de Dados Sênior - contrato de 6 meses. Contrato temporário de seis meses, PJ. Spark e Python.', 'pt'],
    // "à" is Portuguese as much as French.
    ['Engenheiro iOS Sênior. Regime CLT ou PJ, à sua escolha.', 'pt'],
  ] as const)('"%s" is written in %s', (text, language) => expect(detectLanguage(text)).toBe(language));

  it('a tie between languages is no answer: English, never the first in a list', () => {
    // "de" is Dutch, Spanish, Portuguese and French alike.
    expect(detectLanguage('Data Engineer de Kubernetes')).toBe('en');
  });

  it('a short Spanish posting does not shut out a Spanish speaker as if it were Dutch', () => {
    const madrid = profileMaker({
      titles: ['Data Analyst'], skills: ['SQL', 'Power BI', 'Excel'], seniority: 'mid', yearsOfExperience: 4,
      logistics: { currentResidence: { city: 'Madrid', country: 'Spain', countryCode: 'ES' }, willingToRelocate: false, workAuthorization: [{ region: 'European Union', regionCode: 'EU', status: 'citizen' }] },
      languages: [{ language: 'Spanish', level: 'native' }, { language: 'English', level: 'B2' }],
    });
    const p = posting('Analista de Datos', 'Getafe', 'onsite', 'Presencial en Getafe. SQL, Power BI, Excel avanzado. Indefinido. 33.000–37.000 €.');
    expect(preGate(p, madrid())).toBeNull();
  });
});
