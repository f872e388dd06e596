import { afterEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { useIssueWarning } from './useIssueWarning'

describe('useIssueWarning', () => {
  afterEach(() => vi.restoreAllMocks())

  it('should warn once per distinct set of issues, prefixed with the source, and not while there is none', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const issues = ref<string[]>([])
    const scope = effectScope()
    scope.run(() => useIssueWarning('Chart', () => issues.value))
    expect(warn).not.toHaveBeenCalled()
    issues.value = ['甲', '乙']
    await nextTick()
    issues.value = ['甲', '乙']
    await nextTick()
    issues.value = []
    await nextTick()
    issues.value = ['甲', '乙']
    await nextTick()
    expect(warn.mock.calls).toEqual([['[Chart] 甲；乙'], ['[Chart] 甲；乙']])
    scope.stop()
  })
})
