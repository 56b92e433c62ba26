/**
 * A sleep that another part of the process can cut short ("work has arrived"). A wake with no
 * one asleep is remembered, so the next sleep returns at once and no signal is lost between
 * one check for work and the next sleep.
 */
export class Waker {
  private wakeNow: (() => void) | undefined;
  private pending = false;

  wake(): void {
    if (this.wakeNow) this.wakeNow();
    else this.pending = true;
  }

  async sleep(ms: number): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return;
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeNow = done;
    });
    this.wakeNow = undefined;
    this.pending = false;
  }
}
