import { describe, expect, it } from 'vitest';
import { EventHub } from './eventHub';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('events from main to the page', () => {
  it('reach every subscriber until it unsubscribes', () => {
    const hub = new EventHub<'command'>();
    const a: unknown[] = [];
    const b: unknown[] = [];
    const stopA = hub.subscribe('command', (p) => a.push(p));
    hub.subscribe('command', (p) => b.push(p));
    hub.emit('command', 'save');
    stopA();
    hub.emit('command', 'undo');
    expect(a).toEqual(['save']);
    expect(b).toEqual(['save', 'undo']);
  });

  it('sent before the page listens (a file opened at launch) are delivered to the first subscriber, once', async () => {
    const hub = new EventHub<'briefingOpened'>();
    hub.emit('briefingOpened', { id: 'brf_1' });
    const first: unknown[] = [];
    const second: unknown[] = [];
    hub.subscribe('briefingOpened', (p) => first.push(p));
    hub.subscribe('briefingOpened', (p) => second.push(p));
    await tick();
    expect(first).toEqual([{ id: 'brf_1' }]);
    expect(second).toEqual([]);
  });

  it('keep only a bounded number waiting, and refuse a subscription that is not a function', () => {
    const hub = new EventHub<'command'>(3);
    for (let i = 0; i < 10; i++) hub.emit('command', i);
    const got: unknown[] = [];
    hub.subscribe('command', (p) => got.push(p));
    return tick().then(() => {
      expect(got).toEqual([0, 1, 2]);
      expect(() => hub.subscribe('command', 'save' as unknown as () => void)).toThrow(TypeError);
    });
  });
});
