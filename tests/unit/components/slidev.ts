import { reactive, ref } from 'vue'

/**
 * What Slidev provides to components on a slide (the keys are Slidev's injection keys), so tests can
 * drive clicks and print mode without running Slidev.
 */
export function slidevProvide(clicks: number, nav: { isPrintMode?: boolean, isPrintWithClicks?: boolean } = {}) {
  const context = ref({ current: clicks })
  return {
    context,
    provide: {
      '$$slidev-clicks-context': context,
      '$$slidev-context': reactive({ nav: { isPrintMode: false, isPrintWithClicks: false, ...nav } }),
    },
  }
}
