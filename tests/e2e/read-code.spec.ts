// "Read this code" problems in the production build: answered with the
// keyboard alone, explanations revealed only after answering, and the attempt
// stored with its outcome from correctness; the Library filters them.
import { expect, test } from '@playwright/test'
import { storedAttempts } from './idb'

test('a read-the-code problem is answered with the keyboard, explained, and recorded', async ({ page }) => {
  await page.goto('/#/problem/read-doubling-loop')
  await expect(page.getByRole('heading', { name: 'Read this code: a loop that doubles', level: 1 })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Code to read' })).toContainText('def count_steps(n):')
  const explanation = page.getByText('A doubling series sums to less than twice its last term', { exact: false })
  await expect(explanation).toHaveCount(0)

  // Checking before answering says which questions are missing.
  const check = page.getByRole('button', { name: 'Check my answers' })
  await check.click()
  await expect(page.getByText('Choose an answer to this question.')).toHaveCount(3)

  // Keyboard only: into the first group, arrows pick, Tab moves to the next group.
  const time = page.getByRole('group', { name: /How does the running time grow/ })
  await time.getByRole('radio').first().focus()
  await page.keyboard.press('ArrowDown')
  await expect(time.getByRole('radio', { name: 'O(n)', exact: true })).toBeChecked()
  await page.keyboard.press('Tab')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown') // "16": a wrong answer
  await expect(page.getByRole('group', { name: /What does it return/ }).getByRole('radio', { name: '16' })).toBeChecked()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Space')
  await expect(page.getByRole('group', { name: /extra memory/ }).getByRole('radio', { name: 'O(1)' })).toBeChecked()
  await page.keyboard.press('Tab')
  await expect(check).toBeFocused()
  await page.keyboard.press('Enter')

  await expect(page.getByTestId('choice-summary')).toHaveText('Partly right: 2 of 3 questions right.')
  await expect(explanation).toBeVisible()
  await expect(page.getByText('16 is where size ends up', { exact: false })).toBeVisible()
  await expect(page.getByRole('radio').first()).toBeDisabled()
  await expect(page.getByText('Saved with your attempts.')).toBeVisible()

  const stored = await storedAttempts(page)
  expect(stored).toHaveLength(1)
  expect(stored[0]).toMatchObject({
    problemId: 'read-doubling-loop',
    status: 'finished',
    outcome: 'partial',
    language: 'python',
    choiceAnswers: {
      answers: [
        { id: 'time', chosen: [1], correct: true },
        { id: 'value', chosen: [2], correct: false },
        { id: 'space', chosen: [0], correct: true },
      ],
    },
  })

  // Again, in JavaScript, all right: solved.
  await page.getByRole('button', { name: 'Try again' }).click()
  await page.getByLabel('Show the code in').selectOption('javascript')
  await expect(page.getByRole('region', { name: 'Code to read' })).toContainText('function countSteps(n)')
  await time.getByRole('radio', { name: 'O(n)', exact: true }).check()
  await page.getByRole('radio', { name: '15' }).check()
  await page.getByRole('radio', { name: 'O(1)' }).check()
  await check.click()
  await expect(page.getByTestId('choice-summary')).toHaveText('All right: 3 of 3 questions right.')
  await expect(page.getByText('Saved with your attempts.')).toBeVisible()
  const after = await storedAttempts(page)
  expect(after.map((a) => [a.language, a.outcome]).sort()).toEqual([
    ['javascript', 'solved'],
    ['python', 'partial'],
  ])
})

test('the Library filters by how a problem is answered', async ({ page }) => {
  await page.goto('/#/')
  await page.getByLabel('Answer', { exact: true }).selectOption({ label: 'Read code and choose' })
  const cards = page.getByRole('list', { name: 'Problems' }).locator(':scope > li')
  await expect(cards.first()).toBeVisible()
  for (const card of await cards.all()) await expect(card).toContainText('Read code and choose')
  await expect(page.getByRole('link', { name: 'Read this code: the first word seen twice' })).toBeVisible()
  await page.getByRole('link', { name: 'Read this code: the first word seen twice' }).click()
  await expect(page.getByRole('group', { name: /For which inputs/ }).getByRole('checkbox')).toHaveCount(4)
})
