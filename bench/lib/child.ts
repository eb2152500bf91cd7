/** Bench processes driven over IPC: one request, the first answer of its type. */
import { spawnSync, type ChildProcess } from 'node:child_process';

/** Sends `cmd` to `child` and resolves with its first message of `type`; rejects if it exits first. */
export function ask<T>(child: ChildProcess, cmd: object, type: string, label = 'bench child'): Promise<T> {
  return new Promise((resolve, reject) => {
    const gone = (code: number | null) => reject(new Error(`${label} ${child.pid} exited (${code}) while waiting for ${type}`));
    const on = (m: { type: string }) => {
      if (m.type !== type) return;
      child.off('message', on);
      child.off('exit', gone);
      resolve(m as T);
    };
    child.on('message', on);
    child.once('exit', gone);
    child.send(cmd);
  });
}

/** Whether taskset can pin here (absent or refused in some containers). */
export const canPin = spawnSync('taskset', ['-c', '0', 'true']).status === 0;
