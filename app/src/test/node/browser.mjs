// Drives Parley's web client in headless Chromium (Debian's /usr/bin/chromium, never a downloaded one) with
// playwright-core, for the JUnit tests of app (WebClientBrowserTest).
// Usage: node browser.mjs <scenario> <url> <screenshot-dir> [setup-json]
// Scenarios: deal, walk-away-and-progress and tabs-and-restart (WebClientBrowserTest...), two-nodes
// (ops/cluster-tests). The debrief and progress pages are checked with axe-core (from the same npm
// packages as playwright-core) at 375 px and at desktop width; result.axe holds what it found.
// Prints one JSON line with what each step saw; the test asserts on it. Exit 2 = a step failed.
import { createRequire } from "node:module";
import { mkdtempSync, rmSync, mkdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const modules = process.env.PARLEY_WEB_NODE_MODULES;
if (!modules) {
  console.log(JSON.stringify({ error: "PARLEY_WEB_NODE_MODULES is not set" }));
  process.exit(3);
}
const require = createRequire(modules + "/");
const { chromium } = require("playwright-core");

const [scenario, url, shots, setupJson] = process.argv.slice(2);
const setup = setupJson ? JSON.parse(setupJson) : {};
const result = { steps: [] };
const profile = mkdtempSync(join(tmpdir(), "parley-chromium-"));
mkdirSync(shots, { recursive: true });
let context;

const deadline = setTimeout(() => finish({ error: `scenario ${scenario} timed out`, partial: result }, 2),
  scenario === "walk-away-and-progress" ? 150_000 : 80_000);

async function finish(value, code = 0) {
  clearTimeout(deadline);
  try {
    if (context) await context.close();
  } catch {
    // the browser is gone already
  }
  rmSync(profile, { recursive: true, force: true });
  console.log(JSON.stringify(value));
  process.exit(code);
}

async function step(name, action) {
  try {
    const value = await action();
    result.steps.push(name);
    return value;
  } catch (error) {
    try {
      await context.pages()[0].screenshot({ path: join(shots, `failed-${name.replaceAll(" ", "-")}.png`), fullPage: true });
    } catch {
      // no page to show
    }
    await finish({ error: `step '${name}' failed: ${error.message.split("\n")[0]}`, partial: result }, 2);
  }
}

async function launch() {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.PARLEY_CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport: { width: 960, height: 900 },
    timeout: 30_000,
  });
  context.setDefaultTimeout(15_000);
  return context.pages()[0] || context.newPage();
}

/**
 * Runs axe-core on the page as it is and keeps its violations under result.axe[name] (id, impact,
 * help, the first elements); the test fails on any serious or critical one.
 */
async function axe(page, name) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) {
    // evaluated through the DevTools protocol, which the page's Content-Security-Policy (no inline
    // scripts) does not govern; a <script> tag added to the page would be refused by it
    await page.evaluate(readFileSync(join(modules, "axe-core", "axe.min.js"), "utf8"));
  }
  const violations = await page.evaluate(async () => {
    const found = await window.axe.run(document, { resultTypes: ["violations"] });
    return found.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) }));
  });
  result.axe = result.axe || {};
  result.axe[name] = violations;
  return violations;
}

/** Whether the page scrolls sideways (it must not, down to 375 px). */
function overflows(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

/** Checks the page at 375 px and at desktop width with axe, and the phone width for sideways scrolling. */
async function bothWidths(page, name) {
  await axe(page, `${name}-desktop`);
  await page.setViewportSize({ width: 375, height: 740 });
  result.overflow = result.overflow || {};
  result.overflow[name] = await overflows(page);
  await axe(page, `${name}-phone`);
  await page.screenshot({ path: join(shots, `${name}-phone.png`), fullPage: true });
  await page.setViewportSize({ width: 960, height: 900 });
}

/** What the debrief view shows, for the test's assertions. */
function readDebrief(page) {
  return page.evaluate(() => {
    const body = document.getElementById("debrief-body");
    const text = (selector) => [...body.querySelectorAll(selector)].map((n) => (n.innerText ?? n.textContent).trim());
    return {
      title: document.getElementById("debrief-title").innerText,
      focused: document.activeElement && document.activeElement.id,
      ending: text(".debrief-ending").join(" "),
      possible: text(".possible").join(" "),
      zones: [...body.querySelectorAll("figure.zone")].map((f) => ({
        issue: f.dataset.issue,
        caption: f.querySelector("figcaption").innerText,
        svgLabelled: Boolean(f.querySelector("svg[role=img] > title") && f.querySelector("svg > desc").textContent.length > 20),
        walkAways: f.querySelectorAll(".marker-person-walk_away, .marker-persona-walk_away").length,
        targets: f.querySelectorAll(".marker-person-target, .marker-persona-target").length,
        shaded: f.querySelectorAll(".zone-shade").length,
        deal: f.querySelectorAll(".marker-deal").length,
        facts: f.querySelector(".zone-facts").innerText,
      })),
      pareto: {
        points: body.querySelectorAll(".pareto-chart .frontier-point").length,
        deal: body.querySelectorAll(".pareto-chart .deal-point").length,
        highlight: body.querySelectorAll(".pareto-chart .highlight-point").length,
        axes: text(".pareto-chart .axis-label"),
        facts: text(".pareto-facts").join(" "),
      },
      general: text(".annotations.general .annotation"),
      annotatedTurns: [...body.querySelectorAll(".debrief-turn")].filter((t) => t.querySelector(".annotation")).map((t) => ({
        sequence: Number(t.dataset.sequence),
        notes: [...t.querySelectorAll(".annotation")].map((a) => a.innerText),
      })),
      turns: body.querySelectorAll(".debrief-turn").length,
      across: [...body.querySelectorAll(".across")].map((a) => ({
        readAs: a.querySelector(".read-as").innerText, reasoning: a.querySelector(".reasoning").innerText })),
      traces: text(".traces dd.trace"),
      scoreBars: body.querySelectorAll(".debrief-scores .chart-bar").length,
    };
  });
}

/** Records when the AI typing indicator shows (it may be brief) and what it said. */
async function watchAiTyping(page) {
  await page.evaluate(() => {
    window.__aiTyping = [];
    const box = document.getElementById("ai-typing");
    new MutationObserver(() => {
      if (!box.hidden) window.__aiTyping.push(box.textContent);
    }).observe(box, { attributes: true, childList: true, characterData: true, subtree: true });
  });
}

async function signUp(page, email) {
  await page.goto(url);
  await page.locator("#auth-view").waitFor({ state: "visible" });
  result.demoOffered = await page.getByRole("button", { name: "Use the demo account" }).isVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel(/^Password/).fill("long enough password");
  await page.getByLabel(/^Display name/).fill("Browser Tester");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.locator("#lobby-view").waitFor({ state: "visible" });
}

async function deal() {
  const page = await launch();
  const consoleErrors = [];
  page.on("pageerror", (e) => consoleErrors.push(String(e)));
  // what the Content-Security-Policy blocks (a script, a style, the WebSocket) is reported here
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) consoleErrors.push(m.text());
  });
  await step("sign-up", () => signUp(page, setup.email));
  result.whoami = await page.locator("#whoami").textContent();

  await step("brief", async () => {
    await page.getByLabel("Scenario").selectOption(setup.scenario);
    await page.getByLabel("Counterpart").selectOption(setup.persona);
    await page.locator("#brief .priorities li").first().waitFor();
  });
  result.brief = await page.locator("#brief").innerText();

  await step("start", async () => {
    await page.getByRole("button", { name: "Start negotiating" }).click();
    await page.locator("#chat-view").waitFor({ state: "visible" });
    await page.locator('#connection[data-state="connected"]').waitFor();
  });
  await watchAiTyping(page);

  await step("empty message refused", async () => {
    await page.getByRole("button", { name: "Send" }).click();
    await page.locator("#alert").waitFor({ state: "visible" });
  });
  result.emptyError = await page.locator("#alert").innerText();

  await step("chat", async () => {
    await page.getByLabel("Your message").fill("Hello! Thanks for the offer. Could we talk about the salary, since my skills are in demand?");
    result.charsLeft = await page.locator("#chars-left").innerText();
    await page.getByLabel("Your message").press("Enter");
    await page.locator(".message.from-user").first().waitFor();
    await page.locator(".message.from-ai").first().waitFor();
    await page.locator("#table").getByText("proposes").waitFor();
  });
  result.aiTyping = await page.evaluate(() => window.__aiTyping);
  result.messagesBeforeDeal = await page.locator(".message").count();
  result.table = await page.locator("#table").innerText();
  await page.screenshot({ path: join(shots, "chat.png") });

  await step("propose terms form", async () => {
    await page.getByText("Propose terms").click();
    result.proposeFields = await page.locator("#propose-fields input").count();
    await page.getByText("Propose terms").click();
  });

  await step("accept in chat, confirmed on the card", async () => {
    await page.getByLabel("Your message").fill("That works for me, I accept.");
    await page.getByLabel("Your message").press("Enter");
    const accepted = page.locator(".message.from-user", { hasText: "I accept" }).locator(".read-as");
    await accepted.waitFor();
    result.readAs = await accepted.innerText();
    await page.locator(".pending-card").waitFor();
    result.pendingCard = await page.locator(".pending-card").innerText();
    await page.screenshot({ path: join(shots, "confirm.png") });
    await page.locator(".pending-card").getByRole("button", { name: "Confirm" }).click();
    await page.locator("#result").waitFor({ state: "visible" });
    await page.locator("#score-chart svg").waitFor();
  });
  result.outcome = await page.locator("#result-body").innerText();
  result.bars = await page.locator("#score-chart .chart-bar").evaluateAll((bars) =>
    bars.map((b) => ({ key: b.dataset.key, value: Number(b.dataset.value), width: Number(b.getAttribute("width")) })));
  result.meaning = await page.locator("#score-meaning").innerText();
  result.composerHidden = await page.locator("#composer").isHidden();
  await page.locator("#result").scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(shots, "score.png"), fullPage: true });
  await step("the final update's tips", () => page.locator("#result-tips li").first().waitFor());
  result.resultTips = await page.locator("#result-tips").innerText();

  await step("debrief after the deal", async () => {
    await page.getByRole("button", { name: "See the debrief" }).click();
    await page.locator("#debrief-view").waitFor({ state: "visible" });
    await page.locator("#debrief-body figure.zone svg").first().waitFor();
    await page.locator("#debrief-body .across").first().waitFor();
  });
  result.debrief = await readDebrief(page);
  await page.screenshot({ path: join(shots, "debrief.png"), fullPage: true });
  await page.locator("#debrief-body .debrief-zones").scrollIntoViewIfNeeded();
  await page.evaluate(() => document.querySelector("#debrief-body .debrief-zones").scrollIntoView({ block: "start" }));
  await page.screenshot({ path: join(shots, "debrief-zones.png") });
  await step("debrief checked at both widths", () => bothWidths(page, "debrief"));

  await step("a message's note reached from a score's trace by keyboard", async () => {
    await page.locator("#debrief-title").focus();
    await page.keyboard.press("Tab");
    result.firstTabStop = await page.evaluate(() => document.activeElement.getAttribute("href"));
    await page.keyboard.press("Enter");
    result.afterTraceLink = await page.evaluate(() => document.activeElement.id || location.hash);
  });

  await step("past negotiations", async () => {
    // by keyboard: the back button comes first in the debrief view
    await page.locator("#debrief-title").focus();
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Shift+Tab");
    result.backFocused = await page.evaluate(() => document.activeElement.id);
    await page.keyboard.press("Enter");
    await page.locator("#past .past-item").first().waitFor();
  });
  result.past = await page.locator("#past .past-item").allInnerTexts();

  await step("reopen", async () => {
    await page.locator("#past .past-item").first().click();
    await page.locator(".message").nth(result.messagesBeforeDeal - 1).waitFor();
    await page.locator("#result").waitFor({ state: "visible" });
  });
  result.reopenedMessages = await page.locator(".message").count();

  await step("phone screen", async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    result.phoneOverflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    await page.screenshot({ path: join(shots, "phone.png") });
  });
  result.pageErrors = consoleErrors;
  await finish(result);
}

/** Asks the JUnit test to do something to the server (a line on stdout) and waits for its "done" on stdin. */
const controlReplies = [];
let controlWaiter = null;
process.stdin.setEncoding("utf8");
let pendingInput = "";
process.stdin.on("data", (chunk) => {
  pendingInput += chunk;
  let newline;
  while ((newline = pendingInput.indexOf("\n")) >= 0) {
    controlReplies.push(pendingInput.slice(0, newline));
    pendingInput = pendingInput.slice(newline + 1);
    if (controlWaiter) controlWaiter();
  }
});
async function control(command) {
  console.log(JSON.stringify({ control: command }));
  while (controlReplies.length === 0) await new Promise((resolve) => (controlWaiter = resolve));
  controlWaiter = null;
  const reply = controlReplies.shift();
  if (reply !== "done") throw new Error(`the test could not ${command}: ${reply}`);
}

async function sendAndWaitForReply(page, text) {
  const before = await page.locator(".message.from-ai").count();
  await page.getByLabel("Your message").fill(text);
  await page.getByRole("button", { name: "Send" }).click();
  await page.locator(".message.from-user", { hasText: text }).waitFor();
  await page.locator(".message.from-ai").nth(before).waitFor();
}

async function tabsAndRestart() {
  const first = await launch();
  await step("sign-up", () => signUp(first, setup.email));
  await step("start", async () => {
    await first.getByLabel("Counterpart").selectOption(setup.persona);
    await first.getByRole("button", { name: "Start negotiating" }).click();
    await first.locator('#connection[data-state="connected"]').waitFor();
  });
  await step("chat before restart", () => sendAndWaitForReply(first, "Before the restart: what is the budget?"));

  const second = await context.newPage();
  await step("second tab opens the negotiation", async () => {
    await second.goto(url);
    await second.locator("#past .past-item").first().click();
    await second.locator('#connection[data-state="connected"]').waitFor();
    await second.locator(".message", { hasText: "Before the restart" }).waitFor();
  });

  await step("typing shows in the other tab", async () => {
    await first.getByLabel("Your message").pressSequentially("I am thinking", { delay: 20 });
    await second.locator("#user-typing").waitFor({ state: "visible" });
  });
  result.typingSeen = await second.locator("#user-typing").innerText();
  await step("typing stops in the other tab", () => second.locator("#user-typing").waitFor({ state: "hidden", timeout: 8000 }));
  await first.getByLabel("Your message").fill("");

  await step("server stops", async () => {
    await control("stop");
    await first.locator('#connection[data-state="reconnecting"]').waitFor();
  });
  result.whileDown = await first.locator("#connection").innerText();
  await step("server starts again", () => control("start"));
  await step("both tabs reconnect by themselves", async () => {
    await first.locator('#connection[data-state="connected"]').waitFor({ timeout: 20_000 });
    await second.locator('#connection[data-state="connected"]').waitFor({ timeout: 20_000 });
  });
  await step("chat after restart reaches both tabs", async () => {
    await sendAndWaitForReply(first, "After the restart: still there?");
    await second.locator(".message.from-user", { hasText: "After the restart" }).waitFor();
  });
  await step("the conversation is still there after a reload", async () => {
    await second.reload();
    await second.locator("#past .past-item").first().click();
    await second.locator(".message", { hasText: "After the restart" }).waitFor();
  });
  result.afterReload = await second.locator(".message .content").allInnerTexts();
  result.readAsAfterReload = await second
    .locator(".message.from-user", { hasText: "what is the budget" })
    .locator(".read-as")
    .innerText();
  await finish(result);
}

/**
 * Behind ops/cluster's load balancer: two browsers of one person, pinned by the balancer's cookie to
 * setup.nodes[0] and setup.nodes[1], in one negotiation. Each browser keeps its own cookies.
 */
async function twoNodes() {
  const browser = await chromium.launch({
    executablePath: process.env.PARLEY_CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const host = new URL(url).hostname;
  const pinned = async (node) => {
    const own = await browser.newContext({ viewport: { width: 960, height: 900 } });
    own.setDefaultTimeout(15_000);
    await own.addCookies([{ name: "parley_node", value: node, domain: host, path: "/" }]);
    return own.newPage();
  };
  try {
    const first = await pinned(setup.nodes[0]);
    context = first.context();
    await step("sign-up on the first node", () => signUp(first, setup.email));
    await step("start", async () => {
      await first.getByLabel("Counterpart").selectOption(setup.persona);
      await first.getByRole("button", { name: "Start negotiating" }).click();
      await first.locator('#connection[data-state="connected"]').waitFor();
    });
    await step("chat on the first node", () => sendAndWaitForReply(first, "What does the role pay?"));

    const second = await pinned(setup.nodes[1]);
    await step("sign in on the second node", async () => {
      await second.goto(url);
      await second.getByLabel("Email").fill(setup.email);
      await second.getByLabel(/^Password/).fill("long enough password");
      await second.getByRole("button", { name: "Sign in" }).click();
      await second.locator("#past .past-item").first().click();
      await second.locator('#connection[data-state="connected"]').waitFor();
      await second.locator(".message", { hasText: "What does the role pay?" }).waitFor();
    });
    await step("typing on the first shows on the second", async () => {
      await first.getByLabel("Your message").pressSequentially("Let me think", { delay: 20 });
      await second.locator("#user-typing").waitFor({ state: "visible" });
    });
    await first.getByLabel("Your message").fill("");
    await step("a message on the second reaches the first with the AI's answer", async () => {
      const repliesOnFirst = await first.locator(".message.from-ai").count();
      await sendAndWaitForReply(second, "Is there a signing bonus?");
      await first.locator(".message.from-user", { hasText: "Is there a signing bonus?" }).waitFor();
      await first.locator(".message.from-ai").nth(repliesOnFirst).waitFor();
    });
    result.cookies = {};
    for (const [name, page] of [["first", first], ["second", second]]) {
      const cookie = (await page.context().cookies()).find((c) => c.name === "parley_node");
      result.cookies[name] = cookie ? cookie.value : null;
    }
    result.secondMessages = await second.locator(".message .content").allInnerTexts();
  } finally {
    context = null;
    await browser.close().catch(() => {});
  }
  await finish(result);
}

/** Starts a negotiation from the lobby with setup.persona and says something; the persona answers with terms. */
async function startAndTalk(page, text) {
  await page.getByLabel("Counterpart").selectOption(setup.persona);
  await page.getByRole("button", { name: "Start negotiating" }).click();
  await page.locator('#connection[data-state="connected"]').waitFor();
  await sendAndWaitForReply(page, text);
  await page.locator("#table").getByText("proposes").waitFor();
}

async function backToTheLobby(page) {
  await page.getByRole("button", { name: /All negotiations/ }).click();
  await page.locator("#lobby-view").waitFor({ state: "visible" });
  await page.locator("#past .past-item").first().waitFor();
}

/** A walk-away and its debrief, two deals, then the progress over the three. */
async function walkAwayAndProgress() {
  const page = await launch();
  const pageErrors = [];
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  page.on("dialog", (dialog) => dialog.accept()); // "Walk away without a deal?"
  await step("sign-up", () => signUp(page, setup.email));

  await step("walk away", async () => {
    await startAndTalk(page, "Hello. I have another offer, so I am not sure this can work.");
    await page.getByRole("button", { name: "Walk away" }).click();
    await page.locator("#result").waitFor({ state: "visible" });
  });
  result.walkOutcome = await page.locator("#result-body").innerText();
  result.walkTips = await page.locator("#result-tips").innerText();
  await step("the walk-away's debrief", async () => {
    await page.getByRole("button", { name: "See the debrief" }).click();
    await page.locator("#debrief-body figure.zone svg").first().waitFor();
  });
  result.walkDebrief = await readDebrief(page);
  await page.screenshot({ path: join(shots, "debrief-walk-away.png"), fullPage: true });
  await step("walk-away debrief checked at both widths", () => bothWidths(page, "debrief-walk-away"));

  for (const [i, text] of [[2, "Hello! Why is the salary set there? I would like to understand."], [3, "Hi, thanks. What matters most to you?"]]) {
    await step(`deal ${i}`, async () => {
      await backToTheLobby(page);
      await startAndTalk(page, text);
      await page.getByRole("button", { name: "Accept the terms on the table" }).click();
      await page.locator("#result").waitFor({ state: "visible" });
    });
  }

  await step("the past list offers each debrief", async () => {
    await backToTheLobby(page);
    // the lobby shows its old list until the refreshed one arrives: wait for the third ending
    await page
      .waitForFunction(() => document.querySelectorAll("#past .past-debrief").length >= 3, null, { timeout: 10_000 })
      .catch(() => {});
    result.pastDebriefs = await page.locator("#past .past-debrief").count();
  });

  await step("progress by keyboard", async () => {
    await page.locator("#open-progress").focus();
    await page.keyboard.press("Enter");
    await page.locator("#progress-body figure.trend svg").first().waitFor();
  });
  result.progress = await page.evaluate(() => {
    const body = document.getElementById("progress-body");
    return {
      focused: document.activeElement && document.activeElement.id,
      trends: [...body.querySelectorAll("figure.trend")].map((f) => ({
        key: f.dataset.key,
        points: f.querySelectorAll(".trend-point").length,
        lines: f.querySelectorAll(".trend-line").length,
        values: [...f.querySelectorAll(".trend-point")].map((p) => Number(p.dataset.value)),
        labelled: Boolean(f.querySelector("svg[role=img] > title")),
        caption: f.querySelector("figcaption").innerText,
      })),
      means: [...body.querySelectorAll("table.means tbody tr")].map((r) => r.innerText),
      meansHead: body.querySelector("table.means thead") ? body.querySelector("table.means thead").innerText : "",
      tripsOn: [...body.querySelectorAll("#trips-on li")].map((li) => li.innerText),
      sessions: body.querySelectorAll(".session-debrief").length,
    };
  });
  await page.screenshot({ path: join(shots, "progress.png"), fullPage: true });
  await step("progress checked at both widths", () => bothWidths(page, "progress"));

  await step("a session's debrief from the progress", async () => {
    await page.locator("#progress-body .session-debrief").first().click();
    await page.locator("#debrief-body .debrief-ending").waitFor();
  });
  result.firstSessionEnding = await page.locator("#debrief-body .debrief-ending").innerText();

  await step("a past negotiation's debrief from the lobby by keyboard", async () => {
    await backToTheLobby(page);
    await page.locator("#past .past-debrief").last().focus();
    await page.keyboard.press("Enter");
    await page.locator("#debrief-body .debrief-ending").waitFor();
  });
  result.lastPastEnding = await page.locator("#debrief-body .debrief-ending").innerText();
  result.pageErrors = pageErrors;
  await finish(result);
}

const scenarios = { deal, "walk-away-and-progress": walkAwayAndProgress, "tabs-and-restart": tabsAndRestart, "two-nodes": twoNodes };
if (!scenarios[scenario]) await finish({ error: `unknown scenario ${scenario}` }, 3);
try {
  await scenarios[scenario]();
} catch (error) {
  await finish({ error: String(error && error.stack || error), partial: result }, 2);
}
