import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SenderEvent, TrustedContents } from './securityPolicy';
import { APP_ORIGIN, decidePermission, isAppUrl, isSafeExternalUrl, isTrustedSender, resolveAppPath } from './securityPolicy';

describe('the IPC sender check', () => {
  const mainFrame = { url: `${APP_ORIGIN}/index.html` };
  const contents = { mainFrame } as unknown as NonNullable<TrustedContents>;
  const ours = () => contents;

  it('accepts our page in the main frame of our window', () => {
    expect(isTrustedSender({ sender: contents, senderFrame: mainFrame }, ours)).toBe(true);
  });

  it('refuses a subframe, another window, a missing frame, and any time there is no window', () => {
    const subframe = { url: `${APP_ORIGIN}/index.html` };
    expect(isTrustedSender({ sender: contents, senderFrame: subframe }, ours)).toBe(false);
    expect(isTrustedSender({ sender: { mainFrame }, senderFrame: mainFrame }, ours)).toBe(false);
    expect(isTrustedSender({ sender: contents, senderFrame: null }, ours)).toBe(false);
    expect(isTrustedSender({ sender: contents, senderFrame: mainFrame }, () => null)).toBe(false);
  });

  it('refuses our main frame once it shows a page that is not ours', () => {
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/index.html', 'about:blank', 'not a url']) {
      const frame = { url };
      const window = { mainFrame: frame } as unknown as NonNullable<TrustedContents>;
      const event: SenderEvent = { sender: window, senderFrame: frame };
      expect(isTrustedSender(event, () => window), url).toBe(false);
    }
  });
});

describe('links handed to the system browser', () => {
  it('lets only plain http(s) addresses through', () => {
    expect(isSafeExternalUrl('https://www.reuters.com/world/')).toBe(true);
    expect(isSafeExternalUrl('http://example.org/a?b=c')).toBe(true);
    for (const url of ['file:///C:/Windows/System32/calc.exe', 'smb://host/share', 'javascript:alert(1)', 'ms-msdt:/id', 'app://briefwright/x', 'https://user:pw@example.org/', '', '//example.org']) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });
});

describe('navigation inside the window', () => {
  it('stays on app://briefwright', () => {
    expect(isAppUrl(`${APP_ORIGIN}/index.html`)).toBe(true);
    expect(isAppUrl('app://briefwright.evil.example/')).toBe(false);
    expect(isAppUrl('https://briefwright/')).toBe(false);
    expect(isAppUrl('file:///index.html')).toBe(false);
  });
});

describe('permissions', () => {
  it('are all refused', () => {
    expect(decidePermission()).toBe(false);
  });
});

describe('the app:// protocol', () => {
  const root = join(sep, 'opt', 'Briefwright', 'renderer');

  it('maps our URLs into the renderer folder', () => {
    expect(resolveAppPath(root, `${APP_ORIGIN}/`)).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, `${APP_ORIGIN}/assets/index-abc.js`)).toBe(join(root, 'assets', 'index-abc.js'));
  });

  it('never serves anything outside it', () => {
    // The URL parser already folds plain and %2e dots; encoded slashes reach the check itself.
    expect(resolveAppPath(root, `${APP_ORIGIN}/../../etc/passwd`)).toBe(join(root, 'etc', 'passwd'));
    expect(resolveAppPath(root, `${APP_ORIGIN}/assets/..%2F..%2F..%2Fsecret`)).toBeNull();
    expect(resolveAppPath(root, `${APP_ORIGIN}/..%5C..%5Csecret`)).toBeNull();
    expect(resolveAppPath(root, `${APP_ORIGIN}/%E0%A4%A`)).toBeNull();
    expect(resolveAppPath(root, `${APP_ORIGIN}/index.html%00.js`)).toBeNull();
    expect(resolveAppPath(root, 'app://elsewhere/index.html')).toBeNull();
    expect(resolveAppPath(root, 'file:///etc/passwd')).toBeNull();
  });
});
