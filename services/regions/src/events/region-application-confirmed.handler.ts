import type { Db } from '@mitmach/db';
import type { contracts, EventEnvelope, PayloadOf } from '@mitmach/events';
import {
  applicationByApplicant,
  applicationRoundsByIds,
  insertApplication,
  raiseRoundVersion,
} from '../modules/application-rounds/application-rounds.repository';
import { isRoundOpen } from '../modules/application-rounds/application-rounds.service';
import { currentFieldSlugs } from '../modules/reference-data/reference-data.repository';
import { freeSlugFor } from '../modules/regions/region-slug';
import { insertRegion } from '../modules/regions/regions.repository';
import { applicationNotice } from './application-notices';
import { applicationRoundChanged } from './change-events';

type Confirmed = PayloadOf<typeof contracts.regionApplicationConfirmed>;

/**
 * A group confirmed its application: the region is created APPLIED and hidden, and its application enters the round,
 * provided the round takes applications on the day of the confirmation. Nothing public is said about the region until
 * staff accept it; only the round's application count moves.
 */
export async function onRegionApplicationConfirmed(tx: Db, event: EventEnvelope<Confirmed>): Promise<void> {
  const confirmed = event.payload;
  if (await applicationByApplicant(tx, confirmed.applicantId)) return;
  const base = {
    applicantId: confirmed.applicantId,
    regionName: confirmed.region.name,
    country: confirmed.region.country,
  };
  const [round] = await applicationRoundsByIds(tx, [confirmed.roundId]);
  const on = confirmed.confirmedAt.slice(0, 10);
  if (!round || !isRoundOpen(round, on)) {
    await applicationNotice(tx, {
      ...base,
      kind: 'refused',
      applicationId: null,
      regionId: null,
      roundTitle: round?.title ?? null,
    });
    return;
  }
  const known = await currentFieldSlugs(tx);
  const fields = [...new Set(confirmed.fieldsOfAction)].filter((slug) => known.has(slug));
  const region = await insertRegion(
    tx,
    {
      slug: await freeSlugFor(tx, confirmed.region.name),
      name: confirmed.region.name,
      kind: confirmed.region.kind,
      country: confirmed.region.country,
      subdivision: confirmed.region.subdivision,
      description: confirmed.region.description,
      lat: confirmed.region.lat,
      lng: confirmed.region.lng,
      status: 'applied',
      hidden: true,
      joinedOn: on,
    },
    fields,
    [],
    null,
  );
  const application = await insertApplication(tx, {
    roundId: round.id,
    regionId: region.id,
    submittedOn: on,
    motivation: confirmed.motivation,
    applicantId: confirmed.applicantId,
  });
  await applicationRoundChanged(tx, await raiseRoundVersion(tx, round.id), 'updated', ['applicationCount']);
  await applicationNotice(tx, {
    ...base,
    kind: 'received',
    applicationId: application.id,
    regionId: region.id,
    roundTitle: round.title,
  });
}
