import { describe, expect, it } from 'vitest';
import { LONG_SENTENCE_WORDS, lixBand, readability, splitSentences, splitWords } from './lix.js';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));
describe('LIX words', () => {
  it('reads æ, ø and å as letters', () => {
    const words = splitWords('Søg plads i børnehaveklassen. Årsrapport, æbler og øl.');
    expect(words.map((w) => [w.text, w.letters])).toEqual([
      ['Søg', 3],
      ['plads', 5],
      ['i', 1],
      ['børnehaveklassen', 16],
      ['Årsrapport', 10],
      ['æbler', 5],
      ['og', 2],
      ['øl', 2],
    ]);
  });

  it('keeps hyphen and apostrophe compounds one word, counting only their letters', () => {
    const words = splitWords("Vores it-system, MED-udvalget og API’er og API'er.");
    expect(words.map((w) => [w.text, w.letters])).toEqual([
      ['Vores', 5],
      ['it-system', 8],
      ['MED-udvalget', 11],
      ['og', 2],
      ['API’er', 5],
      ['og', 2],
      ["API'er", 5],
    ]);
  });

  it('counts numbers as words without letters, and abbreviations as one word', () => {
    const words = splitWords('f.eks. 2026, 3.5 og 3,5 mio. kl. 10:30');
    expect(words.map((w) => [w.text, w.letters])).toEqual([
      ['f.eks', 4],
      ['2026', 0],
      ['3.5', 0],
      ['og', 2],
      ['3,5', 0],
      ['mio', 3],
      ['kl', 2],
      ['10:30', 0],
    ]);
  });

  it('gives offsets into the text', () => {
    const text = '  Hej, verden!';
    expect(splitWords(text).map((w) => text.slice(w.start, w.end))).toEqual(['Hej', 'verden']);
  });
});

describe('LIX sentences', () => {
  it('ends sentences at . ! ? followed by white space or the end', () => {
    expect(sentences('Kom ind! Er du klar? Ja.')).toEqual(['Kom ind!', 'Er du klar?', 'Ja.']);
    expect(sentences('»Godt.« Tak (sagde hun.) Slut')).toEqual(['»Godt.«', 'Tak (sagde hun.)', 'Slut']);
  });

  it('does not end a sentence after f.eks., bl.a. and other abbreviations, in any case', () => {
    expect(sentences('Vi bruger bl.a. robotter, f.eks. i løn. Det virker.')).toEqual([
      'Vi bruger bl.a. robotter, f.eks. i løn.',
      'Det virker.',
    ]);
    expect(
      sentences('Ring på tlf. 1234, jf. stk. 2, Bl.a. Viborg, F.eks. Aarhus, ca. Halvdelen.'),
    ).toHaveLength(1);
  });

  it('ends a sentence after osv., kr. or a month only when a capital letter follows', () => {
    expect(sentences('Vi har æbler, pærer osv. Næste år mere. Det koster 5 kr. om dagen.')).toEqual([
      'Vi har æbler, pærer osv.',
      'Næste år mere.',
      'Det koster 5 kr. om dagen.',
    ]);
    expect(sentences('Den 3. jan. 2026 starter vi.')).toHaveLength(1);
    expect(sentences('Der er ingen pladser p.t. Næste uge er der.')).toHaveLength(2);
    expect(sentences('Vi bruger penge på PR. Næste år starter vi pr. 1. januar d. 2. i måneden.')).toEqual([
      'Vi bruger penge på PR.',
      'Næste år starter vi pr. 1. januar d. 2. i måneden.',
    ]);
  });

  it('never ends a sentence at a full stop before a lower-case letter', () => {
    expect(
      sentences(
        'Der er p.t. ingen pladser. Vi ses d. 5. maj. Det koster 100 kr. pr. måned. Det er m.a.o. slut. ' +
          'Brug fx. en robot, f. eks. en robot eller bl. a. en robot.',
      ),
    ).toEqual([
      'Der er p.t. ingen pladser.',
      'Vi ses d. 5. maj.',
      'Det koster 100 kr. pr. måned.',
      'Det er m.a.o. slut.',
      'Brug fx. en robot, f. eks. en robot eller bl. a. en robot.',
    ]);
  });

  it('ends a sentence at "el." (the word for electricity) before a capital letter', () => {
    expect(sentences('Vi har sparet på el. Næste år sparer vi mere.')).toEqual([
      'Vi har sparet på el.',
      'Næste år sparer vi mere.',
    ]);
  });

  it('does not end a sentence at a list number at the start of a line', () => {
    expect(sentences('1. Første punkt\n2. Andet punkt')).toEqual(['1. Første punkt', '2. Andet punkt']);
    expect(sentences('Sådan:\n  10. Ring\n2.1. Skriv')).toEqual(['Sådan:', '10. Ring', '2.1. Skriv']);
    expect(sentences('Vi blev nummer 3. Det var godt.')).toHaveLength(2);
  });

  it('does not end a sentence at an ordinal before a lower-case word, nor inside a decimal', () => {
    expect(sentences('Mødet er den 3. maj. Vi blev nummer 3. Budgettet steg 3.5 procent.')).toEqual([
      'Mødet er den 3. maj.',
      'Vi blev nummer 3.',
      'Budgettet steg 3.5 procent.',
    ]);
  });

  it('does not end a sentence at an ellipsis before a lower-case word', () => {
    expect(sentences('Vi tænkte ... og så gik det. Men… Det gik.')).toEqual([
      'Vi tænkte ... og så gik det.',
      'Men…',
      'Det gik.',
    ]);
  });

  it('does not end a sentence at a line break before a lower-case letter (a hard-wrapped text)', () => {
    const text = 'Vi har brug for en løsning, der kan hjælpe\nmedarbejderne. Den skal\r\n  være nem.';
    expect(sentences(text)).toEqual([
      'Vi har brug for en løsning, der kan hjælpe\nmedarbejderne.',
      'Den skal\r\n  være nem.',
    ]);
  });

  it('ends a sentence at a line break before a capital, a digit, a bullet or a blank line', () => {
    expect(sentences('Vi starter\nNæste år\n2027 bliver godt\n- mere tid\n\nog så videre')).toEqual([
      'Vi starter',
      'Næste år',
      '2027 bliver godt',
      '- mere tid',
      'og så videre',
    ]);
  });

  it('skips lines without words', () => {
    const text = 'Plan for 2026\n\n- Mere selvbetjening\r\n- Færre papirer\n  \nVi starter nu.';
    expect(sentences(text)).toEqual([
      'Plan for 2026',
      '- Mere selvbetjening',
      '- Færre papirer',
      'Vi starter nu.',
    ]);
    expect(splitSentences(text).map((s) => s.words)).toEqual([3, 2, 2, 3]);
  });

  it('ends a sentence at a colon only when a capital letter follows', () => {
    expect(sentences('Husk dette: Mødet flyttes. Husk: møde i morgen kl. 10:30.')).toEqual([
      'Husk dette:',
      'Mødet flyttes.',
      'Husk: møde i morgen kl. 10:30.',
    ]);
  });

  it('does not count a sentence without words', () => {
    expect(splitSentences('... ! ?\n\n-')).toEqual([]);
  });
});

describe('LIX score', () => {
  it('scores a text with æ, ø and å', () => {
    // Words: Søg om plads i børnehaveklassen | Læs vores årsrapport = 8 words, 2 sentences → 4.
    // Long (> 6 letters): børnehaveklassen (16), årsrapport (10) = 2 of 8 → 25 %. LIX 4 + 25 = 29.
    expect(readability('Søg om plads i børnehaveklassen. Læs vores årsrapport.')).toMatchObject({
      lix: 29,
      band: 'easy',
      words: 8,
      sentences: 2,
      longWords: 2,
    });
  });

  it('scores hyphen compounds by their letters', () => {
    // Words: Det nye it-system hjælper MED-udvalget = 5 words, 1 sentence → 5.
    // Long: it-system (8), hjælper (7), MED-udvalget (11) = 3 of 5 → 60 %. LIX 5 + 60 = 65.
    expect(readability('Det nye it-system hjælper MED-udvalget.')).toMatchObject({
      lix: 65,
      band: 'very_hard',
      words: 5,
      sentences: 1,
      longWords: 3,
    });
  });

  it('does not let f.eks. and bl.a. split a sentence', () => {
    // Vi bruger bl.a robotter f.eks i lønkontoret | De sparer tid = 10 words, 2 sentences → 5.
    // Long: robotter (8), lønkontoret (11) = 2 of 10 → 20 %. LIX 5 + 20 = 25, the lowest "easy".
    expect(readability('Vi bruger bl.a. robotter, f.eks. i lønkontoret. De sparer tid.')).toMatchObject({
      lix: 25,
      band: 'easy',
      words: 10,
      sentences: 2,
      longWords: 2,
    });
  });

  it('does not let a full stop before a lower-case letter split a sentence', () => {
    // Der er p.t ingen ledige pladser = 6 words | Vi ringer d 5 maj = 5 words: 11 words, 2 sentences
    // → 5.5. Long: pladser (7) = 1 of 11 → 9.09 %. LIX 14.59 rounds to 15.
    // (Ending at "p.t." and "d." would give 4 sentences: 2.75 + 9.09 = 11.84 → 12.)
    expect(readability('Der er p.t. ingen ledige pladser. Vi ringer d. 5. maj.')).toMatchObject({
      lix: 15,
      band: 'very_easy',
      words: 11,
      sentences: 2,
      longWords: 1,
    });
  });

  it('does not count list numbers as sentences', () => {
    // Sådan gør du | 1 Ring til servicedesken | 2 Aftal et møde med din leder = 3 + 4 + 7 = 14 words,
    // 3 sentences → 4.67. Long: servicedesken (13) = 1 of 14 → 7.14 %. LIX 11.81 rounds to 12.
    // (With "1." and "2." as sentences of their own: 14 / 5 = 2.8 + 7.14 = 9.94 → 10.)
    const text = 'Sådan gør du:\n1. Ring til servicedesken.\n2. Aftal et møde med din leder.';
    expect(readability(text)).toMatchObject({ lix: 12, words: 14, sentences: 3, longWords: 1 });
  });

  it('reads a hard-wrapped sentence as one', () => {
    // Vi har brug for en løsning der kan hjælpe medarbejderne i hjemmeplejen = 12 words | Den skal
    // være nem = 4 words: 16 words, 2 sentences → 8. Long: løsning (7), medarbejderne (13),
    // hjemmeplejen (12) = 3 of 16 → 18.75 %. LIX 26.75 rounds to 27.
    // (Ending at the line break: 16 / 3 = 5.33 + 18.75 = 24.08 → 24.)
    const text =
      'Vi har brug for en løsning, der kan hjælpe\nmedarbejderne i hjemmeplejen. Den skal være nem.';
    expect(readability(text)).toMatchObject({ lix: 27, band: 'easy', words: 16, sentences: 2, longWords: 3 });
  });

  it('does not let an ordinal or kl. split a sentence', () => {
    // Mødet er den 3 maj kl 10 | Kom i god tid = 11 words, 2 sentences → 5.5; no long words.
    // LIX 5.5 rounds to 6.
    expect(readability('Mødet er den 3. maj kl. 10. Kom i god tid.')).toMatchObject({
      lix: 6,
      band: 'very_easy',
      words: 11,
      sentences: 2,
      longWords: 0,
    });
  });

  it('counts a headline and list items without full stops as sentences', () => {
    // Plan for 2026 | - Mere selvbetjening | - Færre papirer | Vi starter nu = 10 words, 4 sentences
    // → 2.5. Long: selvbetjening (13), papirer (7), starter (7) = 3 of 10 → 30 %. LIX 32.5 rounds to 33.
    expect(
      readability('Plan for 2026\n\n- Mere selvbetjening\n- Færre papirer\nVi starter nu.'),
    ).toMatchObject({ lix: 33, band: 'easy', words: 10, sentences: 4, longWords: 3 });
  });

  it('scores a medium text', () => {
    // Kommunen vil gerne give borgerne en god og hurtig service = 10 words;
    //   long: Kommunen (8), borgerne (8), service (7) = 3.
    // Derfor får alle ledere nye digitale værktøjer til næste år = 10 words;
    //   long: digitale (8), værktøjer (9) = 2.
    // 20 words / 2 sentences = 10; 5 long of 20 → 25 %. LIX 35, the lowest "medium".
    const text =
      'Kommunen vil gerne give borgerne en god og hurtig service. ' +
      'Derfor får alle ledere nye digitale værktøjer til næste år.';
    expect(readability(text)).toMatchObject({ lix: 35, band: 'medium', words: 20, longWords: 5 });
  });

  it('scores a hard text', () => {
    // Medarbejderne i hjemmeplejen skal have undervisning i at bruge de nye værktøjer = 12 words,
    // 1 sentence → 12. Long: Medarbejderne (13), hjemmeplejen (12), undervisning (12), værktøjer (9)
    // = 4 of 12 → 33.3 %. LIX 45.3 → 45, the lowest "hard".
    const text = 'Medarbejderne i hjemmeplejen skal have undervisning i at bruge de nye værktøjer.';
    expect(readability(text)).toMatchObject({ lix: 45, band: 'hard', words: 12, longWords: 4 });
  });

  it('gives 0 for a text without words', () => {
    const empty = { lix: 0, band: 'very_easy', words: 0, sentences: 0, longWords: 0, longSentences: [] };
    expect(readability('')).toEqual(empty);
    expect(readability(' \n ... !')).toEqual(empty);
  });

  it('puts each score in its Danish band', () => {
    expect([24, 25, 34, 35, 44, 45, 54, 55, 0, 90].map(lixBand)).toEqual([
      'very_easy',
      'easy',
      'easy',
      'medium',
      'medium',
      'hard',
      'hard',
      'very_hard',
      'very_easy',
      'very_hard',
    ]);
  });

  it('flags sentences with more than 25 words, with their place in the text', () => {
    expect(LONG_SENTENCE_WORDS).toBe(25);
    // 25 words: not long.
    const ok =
      'Vi vil i de kommende år arbejde med at gøre det nemt for borgerne at finde det, de søger, ' +
      'og for de ansatte at hjælpe.';
    // The same and "dem": 26 words, long.
    const long =
      'Vi vil i de kommende år arbejde med at gøre det nemt for borgerne at finde det, de søger, ' +
      'og for de ansatte at hjælpe dem.';
    const text = `${ok} ${long}`;
    const result = readability(text);
    expect(result.words).toBe(51);
    expect(result.longSentences).toHaveLength(1);
    const [sentence] = result.longSentences;
    expect(sentence!.words).toBe(26);
    expect(text.slice(sentence!.start, sentence!.end)).toBe(long);
  });
});
