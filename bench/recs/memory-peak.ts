/** Peak memory of this process: sampled on a timer (the build awaits the database often, so the timer gets to run). */
export class MemoryPeak {
  rss = 0;
  heap = 0;
  readonly startRss = process.memoryUsage().rss;
  private timer = setInterval(() => this.sample(), 25);
  sample() {
    const m = process.memoryUsage();
    this.rss = Math.max(this.rss, m.rss);
    this.heap = Math.max(this.heap, m.heapUsed);
  }
  stop() {
    clearInterval(this.timer);
    this.sample();
    return { peakRssMb: Math.round(this.rss / 1e6), startRssMb: Math.round(this.startRss / 1e6), peakHeapMb: Math.round(this.heap / 1e6) };
  }
}
