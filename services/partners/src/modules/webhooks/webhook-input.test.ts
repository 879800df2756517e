import { describe, expect, it } from 'vitest';
import { checkSubscriptionInput } from './webhook-input';

const problems = (url: string, allowPrivateTargets = false, events = ['region.changed']) =>
  checkSubscriptionInput({ url, events }, allowPrivateTargets).map((error) => error.message);

describe('a subscription URL', () => {
  it('is a public https URL', () => {
    expect(problems('https://www.landkreis-kassel.example/hooks/mitmach?source=api')).toEqual([]);
    expect(problems('http://www.landkreis-kassel.example/hooks')).toEqual([
      'Webhooks are sent over https only; give an https:// URL.',
    ]);
    expect(problems('javascript:alert(1)')).toEqual(['"javascript:alert(1)" is not an http(s) URL.']);
    expect(problems('not a url')).toEqual(['"not a url" is not a URL.']);
  });

  it('names no private, loopback or local host', () => {
    expect(problems('https://10.0.0.1/hook')).toEqual([
      '10.0.0.1 is a private address; webhooks go to public addresses only.',
    ]);
    expect(problems('https://[::ffff:127.0.0.1]/hook')).toEqual([
      '::ffff:7f00:1 is a loopback address; webhooks go to public addresses only.',
    ]);
    expect(problems('https://[fe80::1]/hook')).toEqual([
      'fe80::1 is a link-local address; webhooks go to public addresses only.',
    ]);
    expect(problems('https://localhost:8443/hook')).toEqual([
      'localhost is this machine; webhooks go to public addresses only.',
    ]);
    expect(problems('https://2130706433/hook')).toEqual([
      '127.0.0.1 is a loopback address; webhooks go to public addresses only.',
    ]);
  });

  it('may be local and plain http where private targets are allowed', () => {
    expect(problems('http://127.0.0.1:8080/hook', true)).toEqual([]);
    expect(problems('http://localhost:8080/hook', true)).toEqual([]);
  });
});

describe('the events of a subscription', () => {
  it('are known names, each once, at least one', () => {
    expect(problems('https://a.example/', false, [])).toEqual([expect.stringMatching(/^Name at least one event: /)]);
    expect(problems('https://a.example/', false, ['conference.published', 'Conference.Published'])).toEqual([
      expect.stringMatching(/^"Conference.Published" is not an event one can subscribe to; the events are region/),
    ]);
    expect(problems('https://a.example/', false, ['action.published', 'action.published'])).toEqual([
      '"action.published" is named twice.',
    ]);
  });
});
