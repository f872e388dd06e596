/**
 * The talk's time plan, checked against its speaker notes. The headmatter gives the slot (`timeSlot: 20`, minutes);
 * every slide gives its planned minutes (`minutes: 0.75`), and a slide with a live demonstration the share of them
 * spent on it (`demoMinutes: 0.5`). Speaking time is the notes' Chinese characters at {@link SPEAKING_RATE} a minute.
 * The deck is cut into parts (the opening, each `layout: section` part, the closing after the last section), and the
 * notes state each part's minutes ("约八分半钟"): the cover's notes all of them, each part's first slide its own.
 */
import { chineseNumeral } from '../../scripts/scaffold/outline/text'
import { countHanzi, SPEAKING_RATE } from './deck'

/** A slide as the plan needs it. */
export interface TimedSlide {
  /** 1-based slide number. */
  no: number
  /** Speaker notes. */
  notes: string
  /** Frontmatter (the headmatter for slide 1). */
  frontmatter: Record<string, unknown>
}

export interface TimingOptions {
  /** Characters read per minute; default {@link SPEAKING_RATE}. */
  rate?: number
  /** Largest gap, minutes, between a slide's plan and its notes plus demo; default 0.25. */
  slideTolerance?: number
  /** Largest gap, minutes, between the slot and all notes plus demos; default 0.5. */
  totalTolerance?: number
}

/** One part of the talk: its slides and minutes. */
export interface TalkPart {
  /** First and last slide numbers of the part. */
  from: number
  to: number
  /** Sum of the part's `minutes:`. */
  planned: number
}

const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null)

/** Minutes the notes take to read aloud. */
export function speakingTime(notes: string, rate = SPEAKING_RATE): number {
  return countHanzi(notes) / rate
}

/** Every “约…分钟” a note states, in minutes (约八分半钟 → 8.5); the slot itself (二十分钟 without 约) is not one. */
export function statedMinutes(note: string): number[] {
  return [...note.matchAll(/约([一二两三四五六七八九十]+)分(半)?钟/g)].map(m => chineseNumeral(m[1]!.replace(/两/g, '二')) + (m[2] ? 0.5 : 0))
}

/** The talk's parts: the opening, each section, and the closing from the first `outline: none` slide after the last section. */
export function talkParts(slides: readonly TimedSlide[]): TalkPart[] {
  const sections = slides.filter(s => s.frontmatter.layout === 'section').map(s => s.no)
  const lastSection = sections.at(-1) ?? slides.length + 1
  const closing = slides.find(s => s.no > lastSection && s.frontmatter.outline === 'none')?.no
  const starts = [...new Set([1, ...sections, ...(closing ? [closing] : [])])].sort((a, b) => a - b)
  return starts.map((from, i) => {
    const to = (starts[i + 1] ?? slides.length + 1) - 1
    const planned = slides.filter(s => s.no >= from && s.no <= to).reduce((sum, s) => sum + (num(s.frontmatter.minutes) ?? 0), 0)
    return { from, to, planned }
  })
}

const fmt = (x: number): string => String(Math.round(x * 100) / 100)

function slideProblems(s: TimedSlide, rate: number, tolerance: number): string[] {
  const minutes = num(s.frontmatter.minutes)
  if (minutes === null || minutes <= 0)
    return [`第${s.no}页没有计划用时：在 frontmatter 写 minutes: 0.5（分钟）`]
  const demo = s.frontmatter.demoMinutes === undefined ? 0 : num(s.frontmatter.demoMinutes)
  if (demo === null || demo < 0 || demo > minutes)
    return [`第${s.no}页的 demoMinutes 应为0到${fmt(minutes)}之间的分钟数`]
  const needed = speakingTime(s.notes, rate) + demo
  if (Math.abs(needed - minutes) > tolerance)
    return [`第${s.no}页计划${fmt(minutes)}分钟，备注和演示约需${fmt(needed)}分钟`]
  return []
}

function partProblems(slides: readonly TimedSlide[], parts: readonly TalkPart[]): string[] {
  const problems: string[] = []
  const cover = statedMinutes(slides[0]?.notes ?? '')
  if (cover.length !== parts.length || cover.some((m, i) => m !== parts[i]!.planned))
    problems.push(`封面备注说各部分约${cover.map(fmt).join('、')}分钟，计划是${parts.map(p => fmt(p.planned)).join('、')}分钟`)
  for (const part of parts.slice(1)) {
    const stated = statedMinutes(slides.find(s => s.no === part.from)?.notes ?? '')[0]
    if (stated !== part.planned)
      problems.push(`第${part.from}页备注说这一部分约${stated === undefined ? '（未说明）' : fmt(stated)}分钟，计划是${fmt(part.planned)}分钟`)
  }
  return problems
}

/** Problems of the time plan; empty when every slide, every part and the whole talk fit the slot. */
export function timingProblems(slides: readonly TimedSlide[], options: TimingOptions = {}): string[] {
  const { rate = SPEAKING_RATE, slideTolerance = 0.25, totalTolerance = 0.5 } = options
  const slot = num(slides[0]?.frontmatter.timeSlot)
  if (slot === null || slot <= 0)
    return ['headmatter 没有 timeSlot（汇报时段，分钟），例如 timeSlot: 20']
  const problems = slides.flatMap(s => slideProblems(s, rate, slideTolerance))
  const planned = slides.reduce((sum, s) => sum + (num(s.frontmatter.minutes) ?? 0), 0)
  if (Math.abs(planned - slot) > 1e-9)
    problems.push(`各页计划用时合计${fmt(planned)}分钟，时段是${fmt(slot)}分钟`)
  const needed = slides.reduce((sum, s) => sum + speakingTime(s.notes, rate) + (num(s.frontmatter.demoMinutes) ?? 0), 0)
  if (Math.abs(needed - slot) > totalTolerance)
    problems.push(`备注和演示合计约${fmt(needed)}分钟，与${fmt(slot)}分钟的时段相差超过${fmt(totalTolerance)}分钟`)
  return [...problems, ...partProblems(slides, talkParts(slides))]
}
