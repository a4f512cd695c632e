// jsdom knows <dialog> but not its methods: open and close it as a browser would (without the
// inert page behind, which the e2e tests cover in a real browser).
export function installDialogPolyfill(): void {
  const proto = HTMLDialogElement.prototype;
  proto.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.close ??= function (this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}
