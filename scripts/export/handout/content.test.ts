import { describe, expect, it } from 'vitest'
import { classificationLine, formatMeetingDate, handoutContent, handoutText } from './content'

describe('formatMeetingDate', () => {
  it('should write dates the deck\'s way, from a YAML date or an ISO string', () => {
    expect(formatMeetingDate(new Date('2025-06-18T00:00:00Z'))).toBe('2025年6月18日')
    expect(formatMeetingDate('2017-08-11')).toBe('2017年8月11日')
  })

  it('should keep any other text and drop what is not a date', () => {
    expect(formatMeetingDate('2025年第二季度例会')).toBe('2025年第二季度例会')
    expect(formatMeetingDate('')).toBe('')
    expect(formatMeetingDate(undefined)).toBe('')
    expect(formatMeetingDate(new Date('nonsense'))).toBe('')
  })
})

describe('classificationLine', () => {
  it('should read handout.header, empty by default', () => {
    expect(classificationLine({ header: '内部资料 注意保存' })).toBe('内部资料 注意保存')
    expect(classificationLine(undefined)).toBe('')
    expect(classificationLine({})).toBe('')
    expect(classificationLine('内部资料')).toBe('')
    expect(classificationLine({ header: ['x'] })).toBe('')
  })
})

describe('handoutContent', () => {
  const data = {
    headmatter: { title: '简报', handout: { header: '内部资料' }, meetingDate: '2025-06-18' },
    slides: [
      { title: '封面', note: '第一句。\n\n[click] 第二句。', frontmatter: {} },
      { title: '**结论**', frontmatter: {} },
    ],
  }

  it('should number the slides and split their notes into paragraphs without click markers', () => {
    const content = handoutContent(data)
    expect(content.slides).toEqual([
      { no: 1, title: '封面', notes: ['第一句。', '第二句。'] },
      { no: 2, title: '结论', notes: [] },
    ])
    expect(content.classification).toBe('内部资料')
    expect(content.meetingDate).toBe('2025年6月18日')
    expect(content.meta.title).toBe('简报')
  })

  it('should ask the fonts for the notes only when they are printed', () => {
    const content = handoutContent(data)
    expect(handoutText(content, false, '第页').regular).not.toContain('第二句')
    expect(handoutText(content, true, '第页').regular).toContain('第二句')
    expect(handoutText(content, false, '').bold).toBe('内部资料')
  })
})
