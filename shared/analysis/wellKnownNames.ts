/**
 * Full names of people so prominent that articles often give only the surname ("President Obama",
 * "Mr Putin"). Used only when the article itself gives no fuller form; surnames shared by two prominent
 * people (Bush, Clinton, Johnson, Kennedy, May, Brown) are left out on purpose.
 */
const FULL_NAMES = [
  'Barack Obama', 'Donald Trump', 'Joe Biden', 'Kamala Harris', 'Vladimir Putin', 'Volodymyr Zelensky', 'Emmanuel Macron',
  'Angela Merkel', 'Olaf Scholz', 'Friedrich Merz', 'Xi Jinping', 'Narendra Modi', 'Benjamin Netanyahu', 'Recep Tayyip Erdogan',
  'Keir Starmer', 'Rishi Sunak', 'Liz Truss', 'Theresa May', 'David Cameron', 'Tony Blair', 'Margaret Thatcher',
  'Justin Trudeau', 'Giorgia Meloni', 'Pedro Sánchez', 'Ursula von der Leyen', 'António Guterres', 'Mahmoud Abbas',
  'Kim Jong Un', 'Jair Bolsonaro', 'Luiz Inácio Lula da Silva', 'Nicolás Maduro', 'Bashar al-Assad', 'Ali Khamenei',
  'Elon Musk', 'Jeff Bezos', 'Mark Zuckerberg', 'Bill Gates', 'Pope Francis', 'Jens Stoltenberg', 'Mark Rutte',
];

const BY_SURNAME = new Map<string, string>();
for (const full of FULL_NAMES) {
  const last = full.split(' ').pop() as string;
  if (last !== 'May') BY_SURNAME.set(last.toLowerCase(), full);
}
BY_SURNAME.set('xi', 'Xi Jinping');
BY_SURNAME.set('zelenskyy', 'Volodymyr Zelensky');
BY_SURNAME.set('lula', 'Luiz Inácio Lula da Silva');
BY_SURNAME.set('assad', 'Bashar al-Assad');

/** The full name of a very prominent person known by this surname, or null. */
export function wellKnownFullName(surname: string): string | null {
  return BY_SURNAME.get(surname.toLowerCase()) ?? null;
}
