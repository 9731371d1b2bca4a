import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse';

const speakers = (paragraphs: string[], language: string): (string | null)[] => analyse({ paragraphs, language }).quotes.map((q) => q.speaker);

describe('speakers of quotations in other languages', () => {
  it('French: guillemets with no-break spaces, "a déclaré" before and an inverted "a-t-il ajouté" after', () => {
    const paras = [
      'Le maire de la ville, Paul Garnier, a déclaré\u00a0: «\u00a0Nous allons rouvrir la piscine au printemps prochain.\u00a0»',
      '«\u00a0Les travaux dureront six mois de plus\u00a0», a-t-il ajouté devant le conseil.',
    ];
    expect(speakers(paras, 'fr')).toEqual(['Paul Garnier', 'Paul Garnier']);
  });

  it('French: "selon" names the speaker, "explique-t-elle" goes to the last woman named', () => {
    const paras = ['«\u00a0Le budget ne suffira pas pour toute l’année\u00a0», selon Claire Dubois, la trésorière.', '«\u00a0Il faudra trouver d’autres moyens très vite\u00a0», explique-t-elle.'];
    expect(speakers(paras, 'fr')).toEqual(['Claire Dubois', 'Claire Dubois']);
  });

  it('German: „…“ and »…« with "sagte" and "so"', () => {
    const paras = ['„Wir haben die Brücke rechtzeitig fertiggestellt“, sagte Thomas Becker am Montag.', '»Die Kosten sind aber deutlich gestiegen«, so Becker.'];
    expect(speakers(paras, 'de')).toEqual(['Thomas Becker', 'Thomas Becker']);
  });

  it('Spanish, Portuguese and Italian reporting verbs after the quotation', () => {
    expect(speakers(['“El proyecto estará listo antes del verano”, dijo Lucía Romero en la rueda de prensa.'], 'es')).toEqual(['Lucía Romero']);
    expect(speakers(['“A escola vai abrir em setembro com novas salas”, afirmou João Ferreira.'], 'pt')).toEqual(['João Ferreira']);
    expect(speakers(['«Il nuovo ponte sarà aperto entro la fine dell’anno», ha detto Marco Bianchi.'], 'it')).toEqual(['Marco Bianchi']);
  });

  it('English reporting verbs are not read in a French article', () => {
    expect(speakers(['«\u00a0Nous partirons demain matin avec toute l’équipe\u00a0», said Paul Garnier.'], 'fr')).toEqual([null]);
  });
});
