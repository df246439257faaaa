// `<div ${cspStyle({ 'min-height': '8rem' })}>`: inline styles set through the CSSOM, never as a
// `style` attribute. Lit's styleMap writes the attribute on first render, which a commune site's
// strict Content-Security-Policy (style-src without 'unsafe-inline') blocks; CSSOM writes are allowed.
import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';
import { DEV } from './dev.js';

export type CspStyles = Record<string, string | number | null | undefined>;

class CspStyleDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    // A misuse the author sees at once in development; production builds drop the check.
    if (DEV && partInfo.type !== PartType.ELEMENT) throw new Error('cspStyle() goes in an element position: <div ${cspStyle({…})}>');
  }

  render(_styles: CspStyles): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [styles]: [CspStyles]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous) if (!(name in styles)) style.removeProperty(name);
    this.previous = new Set();
    for (const [name, value] of Object.entries(styles)) {
      if (value === null || value === undefined || value === '') style.removeProperty(name);
      else {
        style.setProperty(name, String(value));
        this.previous.add(name);
      }
    }
    return noChange;
  }
}

export const cspStyle = directive(CspStyleDirective);
