import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../electron/main/securityPolicy';

/**
 * Static checks of electron/main and electron/preload, read as TypeScript syntax trees: Electron's
 * binary cannot start on these machines, so the settings are checked where they are written.
 */
const root = join(import.meta.dirname, '..', '..');
const folders = ['electron/main', 'electron/preload'];
const files = folders.flatMap((folder) =>
  readdirSync(join(root, folder))
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => `${folder}/${name}`),
);
const trees = new Map(files.map((file) => [file, ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.ES2022, true)]));

function nodesOf<T extends ts.Node>(test: (node: ts.Node) => node is T, only?: string): { file: string; node: T }[] {
  const found: { file: string; node: T }[] = [];
  for (const [file, tree] of trees) {
    if (only && file !== only) continue;
    const visit = (node: ts.Node) => {
      if (test(node)) found.push({ file, node });
      ts.forEachChild(node, visit);
    };
    visit(tree);
  }
  return found;
}

const isCall = (name: string) => (node: ts.Node): node is ts.CallExpression =>
  ts.isCallExpression(node) && (ts.isPropertyAccessExpression(node.expression) ? node.expression.name.text : node.expression.getText()) === name;

function property(literal: ts.ObjectLiteralExpression, name: string): ts.ObjectLiteralElementLike | undefined {
  return literal.properties.find((p) => p.name && ts.isIdentifier(p.name) && p.name.text === name);
}

function literalValue(element: ts.ObjectLiteralElementLike | undefined): unknown {
  if (!element || !ts.isPropertyAssignment(element)) return undefined;
  const value = element.initializer;
  if (value.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (value.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (ts.isStringLiteral(value)) return value.text;
  return value.getText();
}

const windows = nodesOf((node): node is ts.NewExpression => ts.isNewExpression(node) && node.expression.getText() === 'BrowserWindow');

describe('every BrowserWindow', () => {
  it('is created somewhere (so the checks below check something)', () => {
    expect(windows.length).toBeGreaterThan(0);
  });

  it.each(windows.map((w) => [`${w.file}:${w.node.getSourceFile().getLineAndCharacterOfPosition(w.node.getStart()).line + 1}`, w.node]))(
    '%s is sandboxed, isolated, without Node and without <webview>',
    (_where, node) => {
      const options = (node as ts.NewExpression).arguments?.[0];
      expect(options && ts.isObjectLiteralExpression(options), 'options written as a literal').toBe(true);
      const prefsProp = property(options as ts.ObjectLiteralExpression, 'webPreferences');
      expect(prefsProp && ts.isPropertyAssignment(prefsProp) && ts.isObjectLiteralExpression(prefsProp.initializer), 'webPreferences written as a literal').toBe(true);
      const prefs = (prefsProp as ts.PropertyAssignment).initializer as ts.ObjectLiteralExpression;
      expect(prefs.properties.some(ts.isSpreadAssignment), 'no spread that could override a setting').toBe(false);
      const want: Record<string, unknown> = {
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        // On Linux, Electron's spell checker downloads Hunspell dictionaries from Google: no network calls unasked.
        spellcheck: false,
      };
      for (const [name, value] of Object.entries(want)) expect(literalValue(property(prefs, name)), name).toBe(value);
      expect(literalValue(property(prefs, 'enableBlinkFeatures'))).toBeUndefined();
      expect(literalValue(property(prefs, 'preload'))).toMatch(/'index\.cjs'/);
    },
  );
});

describe('the sandbox', () => {
  it('is switched on for every renderer before the app is ready', () => {
    const calls = nodesOf(isCall('enableSandbox'), 'electron/main/index.ts');
    expect(calls).toHaveLength(1);
    // At the top level of the module, not inside a callback that may run too late.
    expect(ts.isSourceFile(calls[0].node.parent.parent)).toBe(true);
  });
});

describe('what the window may load and where it may go', () => {
  it('loads only app://briefwright, never file://', () => {
    expect(nodesOf(isCall('loadFile'))).toEqual([]);
    const loads = nodesOf(isCall('loadURL'));
    expect(loads.length).toBeGreaterThan(0);
    for (const { node } of loads) expect(node.arguments[0].getText()).toMatch(/^`\$\{APP_ORIGIN\}\//);
    expect(APP_ORIGIN).toBe('app://briefwright');
  });

  it('denies every window.open, in the window and in any web contents created later', () => {
    const handlers = nodesOf(isCall('setWindowOpenHandler'));
    expect(handlers.map((h) => h.file)).toEqual(expect.arrayContaining(['electron/main/index.ts', 'electron/main/secureWindow.ts']));
    for (const { node } of handlers) {
      const returns = nodesOf((n): n is ts.ReturnStatement => ts.isReturnStatement(n) && n.getSourceFile() === node.getSourceFile() && n.pos >= node.pos && n.end <= node.end);
      expect(returns.length).toBeGreaterThan(0);
      for (const { node: ret } of returns) expect(ret.expression?.getText()).toBe("{ action: 'deny' }");
    }
  });

  it('stops navigation and redirects away from our pages, and any <webview>', () => {
    const events = nodesOf(isCall('on'), 'electron/main/secureWindow.ts').map(({ node }) => node);
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const handler = events.find((call) => ts.isStringLiteral(call.arguments[0]) && call.arguments[0].text === name);
      expect(handler, name).toBeTruthy();
      expect(handler!.arguments[1].getText(), name).toMatch(/preventDefault\(\)/);
    }
  });

  it('hands links to the system browser only through the http(s) check', () => {
    const opens = nodesOf(isCall('openExternal'));
    expect(opens.length).toBe(1);
    const guard = opens[0].node.parent;
    expect(ts.isExpressionStatement(guard) || ts.isVoidExpression(guard)).toBe(true);
    let statement: ts.Node = opens[0].node;
    while (!ts.isIfStatement(statement)) statement = statement.parent;
    expect((statement as ts.IfStatement).expression.getText()).toBe('isSafeExternalUrl(url)');
  });
});

describe('the session', () => {
  it('refuses every permission request and check', () => {
    for (const name of ['setPermissionRequestHandler', 'setPermissionCheckHandler']) {
      const calls = nodesOf(isCall(name));
      expect(calls.length, name).toBe(1);
      expect(calls[0].node.arguments[0].getText(), name).toMatch(/decidePermission\(\)/);
    }
  });
});

describe('IPC', () => {
  it('is registered in one place, and that place checks the sender first', () => {
    const handles = [...nodesOf(isCall('handle')), ...nodesOf(isCall('on'))].filter(({ node }) => node.expression.getText().startsWith('ipcMain.'));
    expect(handles.map((h) => h.file)).toEqual(['electron/main/registerHandlers.ts']);
    const body = handles[0].node.arguments[1].getText();
    expect(body).toMatch(/if \(!isTrustedSender\(event, trusted\)\) return err\('forbidden'/);
    expect(body.indexOf('isTrustedSender')).toBeLessThan(body.indexOf('dispatch('));
  });

  it('reaches the page only through contextBridge, never as a raw ipcRenderer', () => {
    const exposes = nodesOf(isCall('exposeInMainWorld'));
    expect(exposes.map((e) => e.file)).toEqual(['electron/preload/index.ts']);
    expect(exposes[0].node.arguments[1].getText()).not.toMatch(/^ipcRenderer$/);
    const preload = trees.get('electron/preload/index.ts')!.getText();
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*[,)]/);
    // Events reach callbacks without the IpcRendererEvent (which carries `sender`, the raw ipcRenderer).
    for (const { node } of nodesOf(isCall('on'), 'electron/preload/index.ts')) {
      expect(node.getText()).not.toMatch(/ipcRenderer\.on\([^,]+,\s*(callback|cb|listener)\s*\)/);
    }
  });
});
