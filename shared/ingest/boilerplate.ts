import { wordCount } from './cleanText';

/** Whole paragraphs that are furniture, not story. */
const EXACT = [
  /^(read|see|show|load) (more|less)\.?$/i,
  /^(related|recommended|more on this( story)?|most (read|popular|viewed)|trending|top stories|you (may|might) also like|more from [\w .&'-]+|further reading)( articles| stories| content| links| coverage)?:?$/i,
  /^(advertisement|advertising|ad|sponsored( content)?|story continues below( advertisement)?|continue reading( below)?|article continues (below|after advertisement))\.?$/i,
  /^(share|share this( article| story| page)?|tweet|email|print|save|copy link|facebook|twitter|linkedin|whatsapp|pinterest|reddit)( ?[,|/•·] ?(share|tweet|email|print|save|facebook|twitter|linkedin|whatsapp|pinterest|reddit|copy link))*:?$/i,
  /^comments? (are|is) (now )?closed\.?$/i,
  /^(skip to (main )?content|back to top|close|menu|search|subscribe|sign in|log in|sign up|register)$/i,
  /^(image|photo|picture|video|illustration|graphic)( credit)?s?:? .{0,80}$/i,
  /^(photo|image|video|audio|gallery|graphic|media|slideshow|enlarge this image|play video|watch video)s?$/i,
  /^[\p{L}&' ]{2,24} ?[—–-]$/u,
];

/** Prompts that give a short paragraph away as furniture. */
const PROMPTS = [
  /\bsign up (for|to|now|here|today)\b|\bsubscribe (to|for|now|today|here)\b|\b(get|delivered|straight|directly) .{0,40}\bin(to)? your inbox\b|\benter your e-?mail\b/i,
  /\bwe use cookies\b|\bcookie (policy|settings|preferences)\b|\baccept (all )?cookies\b/i,
  /\bshare (this|on) (article|story|facebook|twitter)\b|\bfollow us on\b|\bclick to share\b/i,
  /\bcomments are closed\b|\bleave a (comment|reply)\b|\bjoin the (conversation|discussion)\b|\b\d+ comments?\b/i,
  /^read more:|^related:|^see also:|^more:|^watch:|^listen:|^read next:/i,
  /\b(getty images|shutterstock|associated press|afp|reuters|pa (wire|media)|ap photo)\)?\.?$/i,
  /^(©|\(c\)|copyright\b)/i,
  /\ball rights reserved\b/i,
  /\b(this|the) (article|story|post) (was|has been) (updated|corrected)\b.{0,80}$/i,
];

/** Signals of a donation or membership appeal; a paragraph with several of them is an appeal, however long. */
const APPEAL = [
  /\byour (support|donation|contribution|gift)\b/i,
  /\bsupport (now|us|our (journalism|work|reporting))\b/i,
  /\bdonat(e|ion|ions)\b/i,
  /\bpaywalls?\b/i,
  /\bbecome a (member|subscriber|supporter|patron)\b/i,
  /\bmake a contribution\b|\bcontribute (now|today)\b/i,
  /\bsubscribe (now|today)\b|\bsubscription\b/i,
  /\bread more\b/i,
  /\bindependent journalism\b|\bquality journalism\b|\bjournalism (should|must) be\b/i,
  /\bthose who can afford\b|\bkeep (our )?(journalism|reporting) (free|open)\b/i,
];

export const appealSignals = (text: string): number => APPEAL.reduce((n, re) => n + (re.test(text) ? 1 : 0), 0);

/** Why a paragraph is boilerplate, or null when it is story. */
export function boilerplateKind(text: string): 'furniture' | 'prompt' | 'appeal' | null {
  const t = text.trim();
  if (!t) return 'furniture';
  if (EXACT.some((re) => re.test(t))) return 'furniture';
  const words = wordCount(t);
  if (appealSignals(t) >= 3) return 'appeal';
  const reported = /[“”"]/.test(t) && /\b(said|says|told|added|asked|wrote)\b/i.test(t);
  if (words <= 40 && !reported && PROMPTS.some((re) => re.test(t))) return 'prompt';
  return null;
}

/** The story's paragraphs, and the appeals cut out of it (they may name the publication). */
export function removeBoilerplate(paragraphs: string[]): { kept: string[]; removed: string[]; appeals: string[] } {
  const kinds = paragraphs.map(boilerplateKind);
  // An appeal laid out as several short paragraphs ("Your support helps us…", "Support Now"): a short
  // paragraph with an appeal's words next to an appeal belongs to it.
  for (let changed = true; changed; ) {
    changed = false;
    kinds.forEach((kind, i) => {
      if (kind !== null || wordCount(paragraphs[i]) > 40 || appealSignals(paragraphs[i]) === 0) return;
      if (kinds[i - 1] === 'appeal' || kinds[i + 1] === 'appeal') {
        kinds[i] = 'appeal';
        changed = true;
      }
    });
  }
  const kept: string[] = [];
  const removed: string[] = [];
  const appeals: string[] = [];
  paragraphs.forEach((p, i) => {
    const kind = kinds[i];
    if (kind === null) kept.push(p);
    else {
      removed.push(p);
      if (kind === 'appeal' || kind === 'prompt') appeals.push(p);
    }
  });
  return { kept, removed, appeals };
}

/**
 * The publication an appeal speaks for: "The Independent is on the ground…", "Support the Guardian",
 * "subscribe to The Times". A name said twice, or said as the subject of the appeal, wins.
 */
export function publicationFromAppeals(appeals: string[]): string | null {
  const counts = new Map<string, number>();
  const name = "((?:The |the )?[A-Z][\\w'&.-]*(?: (?:of |and |& )?[A-Z][\\w'&.-]*){0,3})";
  const add = (n: string, w: number) => {
    const key = n.replace(/^the /, 'The ').replace(/[.,]$/, '');
    if (/^(The )?(A|An|We|Our|Your|You|It|This|That|Read|More|Support|Subscribe|Now|Today|US|UK|American|Americans|From|At|And|But)$/.test(key)) return;
    counts.set(key, (counts.get(key) ?? 0) + w);
  };
  for (const text of appeals) {
    for (const m of text.matchAll(new RegExp(`\\b${name} (?:is|are|relies|depends|needs|has|was)\\b`, 'g'))) add(m[1], 2);
    for (const m of text.matchAll(new RegExp(`\\b(?:support|subscribe to|donate to|sign up to|sign up for|from) ${name}`, 'gi'))) add(m[1], 1);
    for (const m of text.matchAll(/\b(The [A-Z][\w'&-]*(?: [A-Z][\w'&-]*){0,2})/g)) add(m[1], 1);
  }
  let best: string | null = null;
  let bestScore = 1;
  for (const [n, c] of counts) {
    if (c > bestScore) {
      best = n;
      bestScore = c;
    }
  }
  return best;
}
