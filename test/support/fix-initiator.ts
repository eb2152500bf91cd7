/**
 * A FIX 4.4 initiator made with jspurefix (its own session layer, codec and FIX44 dictionary; a file
 * session store so its sequence numbers survive a reconnect), for tests and the benchmark of the
 * acceptor in server/gateway/fix.ts. The Logon carries RawData = base64(nonce || Ed25519 signature)
 * as docs/order-entry.md describes; everything else is jspurefix's.
 */
import 'reflect-metadata';
import { randomBytes, sign, type KeyObject } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { AsciiSession, SessionLauncher, EmptyLogFactory, FileSessionStreamProvider, JsFixLoggerFactory, type MsgView, type IJsFixConfig, type ISessionDescription } from 'jspurefix';
import { fixLogonPayload, FIX_TARGET } from '../../server/gateway/fix.ts';

export interface FixMsg {
  type: string;
  seq: number;
  possDup: boolean;
  body: Record<string, unknown>;
}

// jspurefix's file store writes its sequence numbers with one fs.promises.writeFile per message,
// unawaited by the session: two in flight can land out of order, leaving an older number on disk
// (seen under load: the next Logon sent MsgSeqNum 5 where 9 was due). Writing them synchronously
// keeps the file in send order.
(FileSessionStreamProvider.prototype as unknown as { writeSeqNums(content: string): Promise<void> }).writeSeqNums = async function (this: { seqNumsPath: string }, content: string) {
  writeFileSync(this.seqNumsPath, content, 'utf8');
};

class Session extends AsciiSession {
  readonly sink: FixInitiator;
  constructor(config: IJsFixConfig, sink: FixInitiator) {
    super(config);
    this.sink = sink;
  }
  protected onApplicationMsg(msgType: string, view: MsgView): void {
    const o = view.toObject() as Record<string, unknown>;
    const h = (o.StandardHeader ?? {}) as Record<string, unknown>;
    this.sink.received({ type: msgType, seq: Number(h.MsgSeqNum), possDup: h.PossDupFlag === true || h.PossDupFlag === 'Y', body: o });
  }
  protected onReady(_view: MsgView): void {
    this.sink.ready();
  }
  protected onLogon(_view: MsgView, _user: string, _password: string): boolean {
    return true;
  }
  protected onStopped(error?: Error): void {
    this.sink.stopped(error);
  }
  protected onDecoded(msgType: string, txt: string): void {
    this.sink.decoded(msgType, txt);
  }
  protected onEncoded(_msgType: string, txt: string): void {
    this.sink.encoded(txt);
  }
  sendMsg(type: string, o: Record<string, unknown>): void {
    this.send(type, o);
  }
  logout(): void {
    this.done();
  }
}

class Launcher extends SessionLauncher {
  readonly owner: FixInitiator;
  constructor(d: ISessionDescription, owner: FixInitiator) {
    super(d, null, new EmptyLogFactory() as unknown as JsFixLoggerFactory);
    this.owner = owner;
  }
  protected override makeFactory(_config: IJsFixConfig) {
    return { makeSession: (c: IJsFixConfig) => (this.owner.session = new Session(c, this.owner)) };
  }
}

export class FixInitiator {
  readonly messages: FixMsg[] = [];
  /** Every message decoded (admin ones too), as raw text with | for SOH. */
  readonly wire: string[] = [];
  session: Session | undefined;
  isReady = false;
  isStopped = false;
  error: Error | undefined;
  done: Promise<boolean>;
  private waiters: (() => void)[] = [];
  private readonly launcher: Launcher;

  constructor(o: { host: string; port: number; keyId: number; privateKey: KeyObject; /** A directory for jspurefix's file store, or 'memory'. */ storeDir: string; heartBtInt?: number }) {
    const nonce = Buffer.alloc(24);
    nonce.writeBigUInt64BE(BigInt(Date.now()), 0);
    randomBytes(16).copy(nonce, 8);
    const sig = sign(null, fixLogonPayload(new Uint8Array(nonce), o.keyId), o.privateKey);
    const raw = Buffer.concat([nonce, sig]).toString('base64');
    const d = {
      application: { reconnectSeconds: 0, type: 'initiator', name: `fix-${o.keyId}`, tcp: { host: o.host, port: o.port }, protocol: 'ascii', dictionary: 'repo44' },
      Username: '',
      Password: '',
      EncryptMethod: 0,
      ResetSeqNumFlag: false,
      HeartBtInt: o.heartBtInt ?? 30,
      SenderCompId: String(o.keyId),
      TargetCompID: FIX_TARGET,
      BeginString: 'FIX.4.4',
      Logon: { Username: null, Password: null, RawDataLength: raw.length, RawData: raw },
      store: o.storeDir === 'memory' ? { type: 'memory' } : { type: 'file', directory: o.storeDir },
    } as unknown as ISessionDescription;
    this.launcher = new Launcher(d, this);
    this.done = this.launcher.run().catch((e: Error) => {
      this.error = e;
      this.wake();
      return false;
    });
  }

  received(m: FixMsg): void {
    this.messages.push(m);
    this.wake();
  }
  /** MsgSeqNum of the last message this initiator sent. */
  lastSentSeq = 0;
  /** Every message this initiator encoded (sent), raw text with | for SOH. */
  readonly sentWire: string[] = [];
  encoded(txt: string): void {
    this.sentWire.push(txt);
    const m = /(?:^|\|)34=(\d+)\|/.exec(txt);
    if (m) this.lastSentSeq = Math.max(this.lastSentSeq, Number(m[1]));
  }
  decoded(_type: string, txt: string): void {
    this.wire.push(txt);
    this.wake();
  }
  ready(): void {
    this.isReady = true;
    this.wake();
  }
  stopped(e?: Error): void {
    this.isStopped = true;
    if (e) this.error = e;
    this.wake();
  }
  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  async until(pred: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
    const t0 = Date.now();
    while (!pred()) {
      if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}; wire: ${this.wire.slice(-8).join('\n')}`);
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, 200);
      });
    }
  }

  send(type: string, o: Record<string, unknown>): void {
    this.session!.sendMsg(type, o);
  }

  async stop(): Promise<void> {
    this.session?.logout();
    await this.until(() => this.isStopped, 'the session to stop');
    this.launcher.stop();
    await this.done;
  }
}
