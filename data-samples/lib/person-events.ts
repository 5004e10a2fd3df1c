/** Everything generated for one person, from independent per-person random streams. */
import { Rng } from './rng';
import { HISTORY_END, REFERENCE_DAY, ageAt } from './dates';
import type { Population } from './population';
import { personHealth, type Health } from './health';
import { generateContacts } from './contacts';
import { generatePrescriptions } from './prescriptions';
import { generateServices } from './services';
import { generateCosts, type CostRow } from './costs';
import { generateSocio, type SocioRow } from './socio';
import { caseStatus, type CaseStatus } from './case-rules';
import type { ContactRow, PrescriptionRow, ServiceRow } from './events';

export interface PersonEvents {
  health: Health;
  contacts: ContactRow[];
  prescriptions: PrescriptionRow[];
  services: ServiceRow[];
  costs: CostRow[];
  socio: SocioRow[];
  status: CaseStatus;
}

/** Birth days of each mother's children born inside the history (their births are her LPR contacts). */
export function childBirthsByMother(pop: Population, fromDay: number): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (let i = 0; i < pop.n; i++) {
    const m = pop.mother[i]!;
    if (m < 0 || pop.birth[i]! < fromDay) continue;
    const list = map.get(m) ?? [];
    list.push(pop.birth[i]!);
    map.set(m, list);
  }
  return map;
}

export function personEvents(pop: Population, i: number, childBirths: readonly number[]): PersonEvents {
  const health = personHealth(pop, i, HISTORY_END);
  const birth = pop.birth[i]!;
  const contacts = generateContacts(new Rng(pop.seed, 'contacts', i), health, birth, childBirths);
  const prescriptions = generatePrescriptions(new Rng(pop.seed, 'prescriptions', i), health, birth);
  const services = generateServices(new Rng(pop.seed, 'services', i), health);
  const costs = generateCosts(new Rng(pop.seed, 'costs', i), health, birth, contacts, prescriptions, services);
  const socio = generateSocio(pop, i, health);
  const female = pop.sex[i] === 2;
  const status = caseStatus(contacts, prescriptions, ageAt(birth, REFERENCE_DAY), female, (day) => ageAt(birth, day));
  return { health, contacts, prescriptions, services, costs, socio, status };
}
