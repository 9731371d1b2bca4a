/** A name made safe as a file name on every file system: no reserved characters, no trailing dots or spaces; '' when nothing is left. */
export function safeFileBase(name: string, maxLength = 120): string {
  return name
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, maxLength)
    .replace(/[. ]+$/, '');
}
