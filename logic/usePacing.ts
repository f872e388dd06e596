/**
 * The presenter's pacing: the deck's plan (each slide's `minutes`, the headmatter's `timeSlot`) against Slidev's
 * shared timer, for the current slide, refreshed every second.
 */
import type { ComputedRef } from 'vue'
import type { PacingPlan, PacingStatus, SharedTimer } from './pacing'
import { configs, sharedState, useNav } from '@slidev/client'
import { computed, onBeforeUnmount, onMounted, ref } from 'vue'
import { elapsedMs, pacingStatus, planPacing } from './pacing'

export interface Pacing {
  plan: ComputedRef<PacingPlan>
  status: ComputedRef<PacingStatus>
}

export function usePacing(): Pacing {
  const { slides, currentSlideNo } = useNav()
  const now = ref(Date.now())
  let timer: ReturnType<typeof setInterval> | undefined
  onMounted(() => {
    timer = setInterval(() => now.value = Date.now(), 1000)
  })
  onBeforeUnmount(() => clearInterval(timer))

  const plan = computed(() => planPacing(
    slides.value.map(route => (route.meta?.slide?.frontmatter as Record<string, unknown> | undefined)?.minutes),
    (configs as unknown as { timeSlot?: unknown }).timeSlot,
  ))
  const status = computed(() => pacingStatus(plan.value, currentSlideNo.value, elapsedMs(sharedState.timer as SharedTimer, now.value)))
  return { plan, status }
}
