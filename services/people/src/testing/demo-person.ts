import { demoPeople } from '@mitmach/demo-network';

const people = demoPeople();

/** The demo network's person with this key (`<region>:<role>`), or the test stops: a wrong key is the test's error. */
export function demoPerson(key: string) {
  const person = people.find((candidate) => candidate.key === key);
  if (!person) throw new Error(`no demo person ${key}`);
  return person;
}
