// Issue 30, round 7: readings dev7 showed missing, about the caps for engineers given by their CV. A cross-platform
// framework is a mobile role's stack (a Flutter role is not a native engineer's) unless the posting calls it a plus;
// German puts a negation after the list it governs ("Flutter oder React Native setzen wir nicht ein"); German and
// Portuguese state the core requirement with the years ("Mindestens 4 Jahre … mit Swift"); "Client Platform" is
// the apps' team, read from the description, and so is "Mobile Platform"; a candidate's "Backend / Full Stack" title
// holds both families; a German title's "Mobile Office" is a workplace, and "Java-Entwickler" a backend developer;
// German pay by the month ("im Monat", "mtl.", "Bruttomonatsgehalt"), in thousands ("60 T€", "Tsd."), fourteen
// times ("(14x)"); "Vollzeit oder Teilzeit" offers full-time work; "exzellente", "sichere Deutschkenntnisse" require
// German, and a German the employer teaches ("Deutsch lernst du bei uns") does not; "Berlin oder remote aus
// Deutschland, Österreich oder der Schweiz" offers remote work from those countries; "erste Berufserfahrung" is a
// junior role, "Führungsverantwortung" people management, help with "der Blauen Karte" visa help; a board's level
// field ("Nível: Sênior", "Experience level: Entry level") says the level a generic title does not.
import { beforeAll, describe, expect, it } from 'vitest';
import { candidateFacts } from '../../src/analyze/candidate.js';
import { employmentOf } from '../../src/analyze/employment.js';
import { languageDemandsOf, postingFacts } from '../../src/analyze/facts.js';
import { mentionOf } from '../../src/analyze/mentions.js';
import { analyzeOffline } from '../../src/analyze/offline.js';
import { salaryOf } from '../../src/analyze/pay.js';
import { loadPlaces } from '../../src/analyze/places.js';
import { preGate } from '../../src/analyze/pregate.js';
import { familiesOfTitle, familyOfPosting, familyOfTitle } from '../../src/analyze/roles.js';
import { posting, profileMaker } from '../helpers/analysis.js';

beforeAll(() => loadPlaces());

const nativeInSaoPaulo = profileMaker({
  titles: ['Engenheira de Software Mobile Sênior'], skills: ['Kotlin', 'Android', 'iOS', 'Swift', 'SwiftUI', 'Jetpack Compose'],
  seniority: 'senior', yearsOfExperience: 9,
  logistics: { currentResidence: { city: 'São Paulo', country: 'Brazil' }, willingToRelocate: false, workAuthorization: [] },
  languages: [{ language: 'Portuguese', level: 'native' }, { language: 'English', level: 'C1' }],
  preferences: { exclusions: {}, workEnvironments: ['remote', 'hybrid'], jobTypes: ['full-time', 'contract'] },
});
const flutterInVienna = profileMaker({
  titles: ['Senior Flutter Developer'], skills: ['Flutter', 'Dart', 'React Native', 'TypeScript', 'Firebase'],
  seniority: 'senior', yearsOfExperience: 6,
  logistics: { currentResidence: { city: 'Wien', country: 'Austria' }, willingToRelocate: false, workAuthorization: [] },
  languages: [{ language: 'German', level: 'native' }, { language: 'English', level: 'C1' }],
  preferences: { exclusions: {}, workEnvironments: ['remote', 'hybrid'], jobTypes: ['full-time'] },
});
const cap = (p: ReturnType<typeof posting>, who: ReturnType<typeof nativeInSaoPaulo>) => (analyzeOffline(p, who).trace ?? []).filter((t) => t.rule === 'stack' && t.cap !== undefined);

describe('a cross-platform framework is the role\'s stack', () => {
  it.each([
    ['Desenvolvedor Flutter Sênior', '- Desenvolver apps multiplataforma em Flutter e Dart\n- 4+ anos com Flutter'],
    ['Senior Mobile Engineer (React Native)', '- Build our app in React Native and TypeScript\n- 5+ years of mobile, 3+ with React Native'],
    ['Mobile Entwickler (m/w/d) Flutter', 'Weiterentwicklung unserer App mit Flutter und Dart.'],
  ])('"%s" is not a match for a native engineer without it', (title, text) => {
    const analysis = analyzeOffline(posting(title, 'Remoto – Brasil', 'remote', text), nativeInSaoPaulo());
    expect(cap(posting(title, 'Remoto – Brasil', 'remote', text), nativeInSaoPaulo())).toHaveLength(1);
    expect(analysis.score).toBeLessThan(60);
  });
  it('a React Native title whose description asks for native work and calls React Native a plus is hers', () => {
    const text = 'Nosso app é construído em React Native, mas o valor está nos módulos nativos.\n- Escrever módulos nativos em Kotlin (Android) e Swift (iOS)\n- Sólida experiência com Android e/ou iOS nativos; React Native é desejável, ensinamos o resto';
    const p = posting('Desenvolvedor(a) React Native Sênior', 'Remoto – Brasil', 'remote', text);
    expect(cap(p, nativeInSaoPaulo())).toHaveLength(0);
    expect(analyzeOffline(p, nativeInSaoPaulo()).score).toBeGreaterThanOrEqual(60);
  });
  it('a Flutter role stays a Flutter engineer\'s (Dart counts for Flutter too)', () => {
    const p = posting('Senior Flutter Developer (m/w/d)', 'Wien', 'hybrid', 'Entwicklung mit Flutter und Dart. Mindestens 4 Jahre Erfahrung mit Dart.');
    expect(cap(p, flutterInVienna())).toHaveLength(0);
    expect(cap(p, flutterInVienna({ skills: ['Dart', 'Firebase'] }))).toHaveLength(0);
  });
});

describe('German and Portuguese core requirements and negations', () => {
  it.each([
    'Mindestens 4 Jahre native iOS-Entwicklung mit Swift',
    '4+ Jahre Erfahrung mit Swift und SwiftUI',
    'Fundierte Kenntnisse in Swift',
    '5+ anos de experiência com Swift',
  ])('"%s" is a role built on Swift, which a Flutter engineer lacks', (line) => {
    expect(cap(posting('Native iOS Developer (m/w/d)', 'Wien', 'hybrid', `Deine Aufgaben\n- Entwicklung unserer iOS-App\nDein Profil\n- ${line}`), flutterInVienna())).toHaveLength(1);
  });
  it.each([
    ['Keine Cross-Platform-Rolle: Flutter oder React Native setzen wir nicht ein.', 'Flutter'],
    ['React Native nutzen wir nicht.', 'React Native'],
    ['Flutter wird bei uns nicht eingesetzt.', 'Flutter'],
  ])('"%s" negates %s', (text, term) => {
    expect(mentionOf(text, term)).toBe('negated');
  });
  it('a verb-final clause without "nicht" still requires', () => {
    expect(mentionOf('Flutter setzen wir in allen Apps ein.', 'Flutter')).toBe('required');
  });
});

describe('"Client Platform" is the apps\' team', () => {
  it('reads the family from a mobile description', () => {
    const text = 'The Client Platform team builds the foundations our iOS and Android apps stand on, in SwiftUI and Jetpack Compose.';
    expect(familyOfPosting('Engineer, Client Platform', text)).toMatchObject({ family: 'mobile', fromDescription: true });
    expect(analyzeOffline(posting('Engineer, Client Platform', 'Remote (Americas)', 'remote', `${text}\n- 7+ years of native mobile development (Swift and Kotlin)`), nativeInSaoPaulo()).score).toBeGreaterThanOrEqual(60);
  });
  it('a platform team of another kind stays platform work', () => {
    expect(familyOfPosting('Engineer, Data Platform', 'Kubernetes and Terraform for our data platform.').family).toBe('platform');
    expect(familyOfPosting('Senior Platform Engineer', 'Kubernetes, Terraform, on-call.').family).toBe('platform');
  });
});

describe('a candidate\'s title with alternatives joined by a slash', () => {
  it.each([
    ['SENIOR SOFTWARE ENGINEER (BACKEND / FULL STACK)', ['fullstack', 'backend']],
    ['Frontend/Fullstack Developer', ['fullstack', 'frontend']],
    ['Senior Software Engineer (Android/iOS)', ['mobile']],
    ['Senior Backend Engineer — Platform', ['backend']],
  ])('"%s" holds %j', (title, families) => {
    expect(familiesOfTitle(title).sort()).toEqual([...families].sort());
  });
  it('so a backend role next door counts for the full-stack and backend engineer', () => {
    const who = profileMaker({ titles: ['Senior Software Engineer (Backend / Full Stack)'], skills: ['TypeScript'], seniority: 'senior', languages: [], logistics: { workAuthorization: [] }, preferences: { exclusions: {} } })();
    expect(candidateFacts(who).families).toEqual(expect.arrayContaining(['backend', 'fullstack']));
  });
});

describe('"Mobile Platform" is the apps\' team too', () => {
  it('a mobile description makes it mobile work; an infrastructure one keeps it platform work', () => {
    expect(familyOfPosting('Software Engineer – Mobile Platform', 'Own the build system and modularisation of our iOS and Android apps (Swift, Kotlin).').family).toBe('mobile');
    expect(familyOfPosting('Senior Engineer, Apps Infrastructure', 'Release tooling, crash triage and app-start performance of our iOS and Android apps.').family).toBe('mobile');
    expect(familyOfPosting('Mobile Platform Engineer', 'Run the Kubernetes clusters and Terraform that serve our mobile backends; on-call.').family).toBe('platform');
  });
});

describe('German titles', () => {
  it.each([
    ['Java Entwickler (m/w/d) – 100% Mobile Office', 'backend'],
    ['Softwareentwickler Java (m/w/d) - Mobile Working', null],
    ['Java-Entwickler (m/w/d)', 'backend'],
    ['PHP Entwickler (m/w/d)', 'backend'],
    ['C#-Entwickler (m/w/d)', 'backend'],
    ['Entwickler (m/w/d) Mobile Apps', 'mobile'],
    ['Mobile Entwickler (m/w/d) Flutter', 'mobile'],
  ])('"%s" is %s', (title, family) => {
    expect(familyOfTitle(title)).toBe(family);
  });
  it('a Java role with "Mobile Office" is not a mobile engineer\'s', () => {
    const text = 'Deine Aufgaben\n- Entwicklung von Microservices mit Java und Spring Boot\nWir bieten\n- Mobile Office bis zu 100 %';
    expect(analyzeOffline(posting('Java Entwickler (m/w/d) – 100% Mobile Office', 'München', 'hybrid', text), flutterInVienna()).score).toBeLessThan(60);
  });
});

describe('German pay and schedules', () => {
  it.each([
    ['4.500 € brutto im Monat', { min: 4500, period: 'month' }],
    ['ab 4.000 € mtl. brutto', { min: 4000, period: 'month', openTop: true }],
    ['Bruttomonatsgehalt ab 4.200 €', { min: 4200, period: 'month' }],
    ['Jahresgehalt ab 60 T€', { min: 60000, period: 'year', openTop: true }],
    ['Gehalt: 60–70 Tsd. € brutto jährlich', { min: 60000, max: 70000, period: 'year' }],
    ['EUR 3.500 brutto pro Monat (14x)', { min: 49000, max: 49000, period: 'year' }],
    ['Mindestgehalt EUR 3.500 brutto pro Monat (14x), Bereitschaft zur Überzahlung', { min: 49000, period: 'year', openTop: true }],
  ])('"%s"', (text, pay) => {
    expect(salaryOf(text, 'DE')).toMatchObject({ currency: 'EUR', ...pay });
  });
  it.each([
    'Unbefristetes Arbeitsverhältnis in Vollzeit oder Teilzeit.',
    'Voll- oder Teilzeit, Homeoffice-Anteil 40 %.',
    'Vollzeit (40 Std.), Teilzeit ist auch möglich.',
    'Full-time or part-time, permanent.',
  ])('"%s" offers full-time work', (text) => {
    expect(employmentOf('Backend Developer (m/w/d)', text).schedule).toBe('full');
  });
  it('part-time alone stays part-time', () => {
    expect(employmentOf('Backend Developer (m/w/d) in Teilzeit (20–30 Std.)', 'Teilzeit, unbefristet.').schedule).toBe('part');
  });
});

describe('German language demands', () => {
  it.each([
    ['Kommunikationsstarke Persönlichkeit mit exzellenten Deutschkenntnissen.', 'C1'],
    ['Sichere Deutschkenntnisse in Wort und Schrift.', 'B2'],
    ['Hervorragende Deutschkenntnisse.', 'C1'],
  ])('"%s" requires German at %s', (text, level) => {
    expect(languageDemandsOf(text).required).toEqual([{ language: 'German', level }]);
  });
  it.each([
    'Unternehmenssprache ist Englisch, Deutsch lernst du bei uns (wir zahlen den Kurs).',
    'Our working language is English. We will help you learn German with free German classes.',
  ])('"%s": German is taught, not required', (text) => {
    const demands = languageDemandsOf(text);
    expect(demands.required.map((r) => r.language)).toEqual(['English']);
    expect(demands.waived).toContain('German');
  });
  it('German courses offered beside German required keep it required', () => {
    expect(languageDemandsOf('Fließend Deutsch (C1) ist Pflicht. Wir bieten kostenlose Deutschkurse für Fortgeschrittene.').required).toEqual([{ language: 'German', level: 'C1' }]);
  });
  it('"sicher im Umgang mit Java" names no language', () => {
    expect(languageDemandsOf('Du bist sicher im Umgang mit Java und sprichst gut Englisch.').required).toEqual([{ language: 'English', level: 'B2' }]);
  });
});

describe('an office or remote from a named place', () => {
  it.each([
    ['Standort: Berlin oder remote aus Deutschland, Österreich oder der Schweiz.', ['DE', 'AT', 'CH']],
    ['Híbrido em São Paulo ou remoto no Brasil.', ['BR']],
    ['Toronto or remote within Canada.', ['CA']],
    ['Du arbeitest vor Ort oder remote aus Deutschland.', ['DE']],
  ])('"%s" is remote within %j', (text, countries) => {
    const f = postingFacts(posting('Backend Developer (m/w/d)', null, 'hybrid', text));
    expect(f.mode).toBe('remote');
    expect(f.remote?.countries.sort()).toEqual([...countries].sort());
  });
  it('so a Vienna candidate who does not move can take the Berlin role', () => {
    const p = posting('Mobile Developer (m/w/d) Flutter', 'Berlin', 'hybrid', 'Flutter und Dart, 4+ Jahre. Standort: Berlin oder remote aus Deutschland, Österreich oder der Schweiz. Unbefristet, Vollzeit.');
    expect(preGate(p, flutterInVienna())).toBeNull();
  });
  it('"Berlin or remote" with no place after it stays the office role', () => {
    expect(postingFacts(posting('Backend Developer', 'Berlin', 'hybrid', 'Berlin or remote.')).mode).toBe('hybrid');
  });
});

describe('mobile in Portuguese and Spanish titles', () => {
  it.each([
    'Desenvolvedor(a) de Aplicativos Sênior', 'Engenheira de Aplicativos Móveis', 'Engenheira de Software Móvel',
    'Desarrolladora de aplicaciones móviles', 'Desarrollador Móvil Senior',
  ])('"%s" is mobile work', (title) => {
    expect(familyOfTitle(title)).toBe('mobile');
  });
  it('"móveis" alone is furniture', () => {
    expect(familyOfTitle('Vendedor de Móveis')).toBeNull();
  });
  it('a generic title whose description builds apps móveis is mobile work', () => {
    expect(familyOfPosting('Pessoa Desenvolvedora Sênior', 'Você vai evoluir nossos aplicativos móveis para Android e iOS.').family).toBe('mobile');
  });
});

describe('Portuguese "no" is "in the", not a negation', () => {
  it.each([
    ['Buscamos pessoa com experiência no desenvolvimento Android com Kotlin.', 'Kotlin'],
    ['Desenvolvimento no app Android em Kotlin e no app iOS em Swift e SwiftUI.', 'Swift'],
    ['Atuação no time de pagamentos com Kotlin.', 'Kotlin'],
  ])('"%s" requires %s', (text, term) => {
    expect(mentionOf(text, term)).toBe('required');
  });
  it.each([
    ['Não é uma vaga de PHP.', 'PHP'],
    ['Não usamos Java nem PHP.', 'PHP'],
    ['No Java, no PHP.', 'PHP'],
    ['No buscamos experiencia en PHP.', 'PHP'],
  ])('"%s" still negates %s', (text, term) => {
    expect(mentionOf(text, term)).toBe('negated');
  });
  it('a Portuguese posting that asks for Kotlin "no" Android is a native Android engineer\'s, uncapped', () => {
    const text = 'Requisitos\n- Sólida experiência no desenvolvimento Android nativo com Kotlin\n- Vivência no uso de Jetpack Compose';
    const analysis = analyzeOffline(posting('Engenheira(o) de Software Sênior', 'Remoto – Brasil', 'remote', text), nativeInSaoPaulo());
    expect(analysis.reasons.join(' ')).toMatch(/Kotlin/);
  });
});

describe('German level, management and visa help', () => {
  const facts = (text: string, title = 'Softwareentwickler (m/w/d)') => postingFacts(posting(title, 'Köln', 'hybrid', text));
  it.each(['Erste Berufserfahrung oder Absolvent:in der Informatik.', 'Ideal für Berufseinsteiger:innen.', 'We welcome new grads.'])('"%s" is a junior role', (text) => {
    expect(facts(text).level).toBe('junior');
  });
  it('a graduate\'s degree asked beside five years is no junior role', () => {
    expect(facts('Du bist Absolvent:in eines Informatikstudiums und hast mindestens 5 Jahre Berufserfahrung mit Java.').level).not.toBe('junior');
    expect(facts('Abgeschlossenes Studium (Absolvent:in der Informatik), 2 Jahre Berufserfahrung.').level).toBe('junior');
  });
  it('mentoring entry-level engineers is no junior role', () => {
    expect(facts('You will mentor junior and entry-level engineers.', 'Senior Software Engineer').level).toBe('senior');
  });
  it('"Führungsverantwortung für ein Team" is people management; "fachliche" is not', () => {
    expect(facts('Du übernimmst Führungsverantwortung für ein Team von 4 Entwicklern.').managerTrack).toBe(true);
    expect(facts('Fachliche Führungsverantwortung ohne Personalverantwortung.').managerTrack).toBe(false);
  });
  it('help with "der Blauen Karte" is visa help', () => {
    expect(facts('Wir unterstützen dich beim Umzug nach Köln und bei der Beantragung der Blauen Karte.').sponsorship).toBe(true);
  });
});

describe('a board\'s level field', () => {
  it.each([
    ['Regime de contratação: PJ\nNível: Sênior', 'senior'],
    ['Nivel: Semi Senior', 'mid'],
    ['Experience level: Entry level', 'junior'],
    ['Karrierestufe: Junior', 'junior'],
  ])('"%s" is %s', (text, level) => {
    expect(postingFacts(posting('Desenvolvedor(a) iOS', 'São Paulo', 'hybrid', text)).level).toBe(level);
  });
  it('a language\'s level is no role level', () => {
    expect(postingFacts(posting('Desarrollador Backend', 'Bogotá', 'hybrid', 'Nivel de inglés: avanzado')).level).toBeNull();
  });
});

describe('an office or remote, and what comes after "remote"', () => {
  const mode = (text: string) => postingFacts(posting('Software Engineer', '', null, text)).mode;
  it('a place after it is the remote scope; other words are no offer of remote work', () => {
    expect(mode('Standort: London or remote within the UK.')).toBe('remote');
    expect(mode('Hybrid: three days a week in London or remote in exceptional cases.')).toBe('hybrid');
  });
});
