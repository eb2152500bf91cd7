// BOURSE_FIX trimmed past a node's copy (docs/replication.md "FIX on HA nodes"), on a real 3-node
// NATS cluster: the FIX store log is created holding only its last 3 messages; while the standby
// is down, 6 store-line messages are appended, so its copy misses some that the stream no longer
// holds. Restarted, it says so with FIX_LOG_TRIMMED (1281) and follows; when the leader is killed
// it refuses to take the lead (coded, naming the recovery) instead of serving FIX sessions from
// incomplete stores; started with BOURSE_HA_FIX_TRIMMED_OK=1 it takes the lead.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { connect } from 'nats';
import { skipUnlessNats, haOrderEntrySetup } from '../support/nats.ts';
import { freePorts } from '../support/ports.ts';
import { FIX_STREAM, FIX_SUBJECT } from '../../server/apps/runtime/ha-fix.ts';

const skip = skipUnlessNats();

test('HA FIX: a node whose FIX store copy was trimmed from BOURSE_FIX refuses the lead with FIX_LOG_TRIMMED; the override leads', { skip, timeout: 240_000 }, async () => {
  const { c, root, node: gatewayNode, teardown } = await haOrderEntrySetup('bourse-ha-fixtrim-', 7);
  const [gp, gs, fp, fs] = await freePorts(4) as [number, number, number, number];
  const node = (name: string, role: string, gport: number, fport: number) => gatewayNode(name, role, gport, ['--fix-port', String(fport)]);
  const nc = await connect({ servers: c.urls.split(',') });
  try {
    const jsm = await nc.jetstreamManager();
    await jsm.streams.add({ name: FIX_STREAM, subjects: [FIX_SUBJECT], num_replicas: 3, max_msgs: 3, duplicate_window: 120e9 });
    const P = node('p', 'primary', gp, fp);
    await P.waitFor(new RegExp(`^ha: gateway node=p listening on tcp port ${gp} fix port ${fp}`));
    const S = node('s', 'standby', gs, fs);
    await S.waitFor(/^ha: role=standby/);
    S.kill('SIGKILL');
    await S.exited;

    // Six messages of store lines for FIX session 7 while the standby is down: the stream keeps 4..6.
    const js = nc.jetstream();
    for (let i = 1; i <= 6; i++) await js.publish(FIX_SUBJECT, new TextEncoder().encode(`7 I ${i + 1}\n`));
    const st = (await jsm.streams.info(FIX_STREAM)).state;
    assert.equal(st.first_seq, 4, 'the stream was trimmed');

    const S2 = node('s', 'standby', gs, fs); // same data directory and node id as before
    const t = await S2.waitFor(/^ha: FIX_LOG_TRIMMED: .*messages (\d+)\.\.(\d+)/);
    assert.deepEqual([Number(t[1]), Number(t[2])], [1, 3], t[0]);
    await S2.waitFor(/^ha: role=standby/);
    const mark = JSON.parse(readFileSync(join(root, 's', 'ha', 'fix-applied.json'), 'utf8')) as { seq: number; missing?: number[] };
    assert.deepEqual(mark.missing, [1, 3], 'the gap is kept in the node\'s mark');
    assert.equal(mark.seq, 6);

    P.kill('SIGKILL');
    await P.exited;
    const r = await S2.waitFor(/^ha: not taking the lead: FIX_LOG_TRIMMED: .*/);
    assert.match(r[0], /BOURSE_HA_FIX_TRIMMED_OK=1/, 'it says how to recover');
    assert.match(r[0], /fix-applied\.json/, 'it names the files to copy');
    assert.ok(!S2.lines.some((l) => l.startsWith('ha: takeover node=')), 'no takeover');
    await S2.stop();

    // The operator accepts the stores as they are: the node leads and serves FIX.
    const S3 = gatewayNode('s', 'standby', gs, ['--fix-port', String(fs)], { BOURSE_HA_FIX_TRIMMED_OK: '1' }, 's3');
    await S3.waitFor(/^ha: takeover node=s /);
    await S3.waitFor(new RegExp(`^ha: gateway node=s listening on tcp port ${gs} fix port ${fs}`));
  } finally {
    await nc.close();
    await teardown();
  }
});
