// Display forms of names published with capitalised surnames, and quoted nicknames.
import { describe, expect, it } from 'vitest';
import { recaseName, splitQuotedNickname } from '../../../lib/import/name-case';

describe('recaseName', () => {
  it.each([
    ['Hamdullah MOHIB', 'Hamdullah Mohib'],
    ['XI Jinping', 'Xi Jinping'],
    ['KIM Jong Un', 'Kim Jong Un'],
    ['Ursula VON DER LEYEN', 'Ursula von der Leyen'],
    ['Michael MCCORMACK', 'Michael McCormack'],
    ["Kelly O'DWYER", "Kelly O'Dwyer"],
    ['Bashar AL-ASAD', 'Bashar al-Asad'],
    ['Jean-Pierre RAFFARIN', 'Jean-Pierre Raffarin'],
    ['JEAN-PIERRE Raffarin', 'Jean-Pierre Raffarin'],
    ['BIN CHHIN', 'Bin Chhin'],
    ['MARIA CANTWELL', 'Maria Cantwell'],
    ['J. R. SEMELEER', 'J. R. Semeleer'],
    ['José ÁLVAREZ', 'José Álvarez'],
    ['ΑΛΈΞΗΣ ΤΣΊΠΡΑΣ', 'Αλέξης Τσίπρας'],
  ])('%s -> %s', (published, expected) => {
    expect(recaseName(published)).toBe(expected);
  });

  it('leaves mixed-case names, initials and roman numerals alone', () => {
    expect(recaseName('JD Vance')).toBe('JD Vance');
    expect(recaseName('John Smith III')).toBe('John Smith III');
    expect(recaseName('Ron DeSantis')).toBe('Ron DeSantis');
    expect(recaseName('ALI bin Fadhil al-Buaynayn')).toBe('Ali bin Fadhil al-Buaynayn');
  });
});

describe('splitQuotedNickname', () => {
  it('takes a quoted nickname out of the name', () => {
    expect(splitQuotedNickname('Joseph "Joe" Benedict HOCKEY')).toEqual({
      name: 'Joseph Benedict HOCKEY',
      nickname: 'Joe',
    });
    expect(splitQuotedNickname('Ana “Nita” Ruiz')).toEqual({ name: 'Ana Ruiz', nickname: 'Nita' });
    expect(splitQuotedNickname('Ana Ruiz')).toEqual({ name: 'Ana Ruiz' });
  });
});
