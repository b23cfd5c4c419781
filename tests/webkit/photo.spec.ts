// An answer written on paper, brought in as a photo, in WebKit: the photo is
// decoded by WebKit's own image path (the iPad's camera hands it to the same
// input), its lines found in the OCR worker, read, and confirmed into a
// finished attempt with the photo as its handwriting.
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { readInk } from '../../src/core/ink/ink'
import { simulatePhoto } from '../../src/ocr/photo/simulate'
import { encodeGrayPng } from '../../src/ocr/render/png'
import { app } from './app'

const ink = readInk(JSON.parse(readFileSync(new URL('../fixtures/ink/synthetic-neat/py1.ink.json', import.meta.url), 'utf8')), 'py1.ink.json')
const file = path.join(tmpdir(), `inkterview-webkit-photo-${process.pid}.png`)
afterAll(() => rmSync(file, { force: true }))

const mainText = () => app.evaluate(() => document.querySelector('main')?.textContent ?? document.body.textContent ?? '')

test('[webkit] a photo of a written page is read and, once confirmed, becomes a finished attempt', async () => {
  writeFileSync(file, Buffer.from(encodeGrayPng(simulatePhoto(ink, { seed: 7, writingWidth: 700, rotateDeg: 4, perspective: 0.04 }).image)))
  await app.goto('/#/problem/two-sum')
  await app.click('link', 'Import a photo of paper')
  const input = await app.waitFor('the photo input', async () => (await app.driver.findElements({ css: 'input[type=file]' }))[0])
  await input.sendKeys(file)
  await app.waitFor('the lines found', async () => (await mainText()).includes('2 lines of writing found.'), 90_000)
  expect(await app.url(), 'nothing stored or opened before Confirm').toMatch(/\/photo$/)
  await app.click('button', 'Confirm and read')
  await app.waitFor('the review', async () => /#\/attempt\//.test(await app.url()), 240_000)
  const transcript = await app.byRole('textbox', 'Transcript of your answer', 60_000)
  await app.waitForText(transcript, 'return', 60_000)
  expect(await transcript.getText()).toContain('def add')
  const image = await app.byRole('img', 'Your handwritten answer (a photo of paper)')
  await app.waitFor('the photo shown', async () => Number(await image.getProperty('naturalWidth')) > 50)
})
