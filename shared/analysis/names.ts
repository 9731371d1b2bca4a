/**
 * The name steps, in the order the speaker finder uses them: find candidate names (candidates.ts), type them
 * as person, organisation or place (entityTypes.ts), resolve short forms to the fullest name (nameBook.ts);
 * roles beside names (roles.ts) and titles before them (titles.ts).
 */
export { findNameMentions, clean } from './candidates';
export type { NameMention } from './candidates';
export { NameBook, editDistance } from './nameBook';
export type { Entity } from './nameBook';
export { roleAfter, roleBefore } from './roles';
export { isRoleNoun } from './lexicon';
