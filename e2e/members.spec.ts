import { expect, expectAccessible, test } from "./fixtures";
import { alerts } from "./pages/alerts";
import { newAccount } from "./pages/auth-pages";
import { joinWithLink, MembersPage } from "./pages/members-page";

test("an owner invites a colleague who joins with the link, once", async ({
  browser,
  page,
  owner,
  members,
}) => {
  const email = newAccount("colleague").email;
  await members.open();
  await expectAccessible(page);

  const link = await members.invite(email);
  await expect(members.row(email)).toContainText("Member");
  const colleague = await joinWithLink(browser, link, "Bruno Keller");

  await expect(
    colleague.page.getByText(owner.organizationName).first(),
  ).toBeVisible();
  const again = await browser.newPage();
  await again.goto(link);
  await expect(alerts(again)).toHaveText(/already been used/);
  await members.open();
  await expect(members.row("Bruno Keller")).toBeVisible();
  await colleague.context.close();
});

test("a member sees the team but none of the admin controls", async ({
  browser,
  owner,
  members,
}) => {
  const link = await (async () => {
    await members.open();
    return members.invite(newAccount("member").email);
  })();
  const member = await joinWithLink(browser, link, "Mia Sandoval");
  const memberView = new MembersPage(member.page);

  await memberView.open();

  await expect(memberView.row(owner.name)).toBeVisible();
  await expect(memberView.inviteButton).toHaveCount(0);
  await expect(member.page.getByRole("combobox")).toHaveCount(0);
  await expect(member.page.getByRole("button", { name: /Remove/ })).toHaveCount(
    0,
  );
  await member.context.close();
});

test("an admin demoted mid-task is refused by the server", async ({
  browser,
  owner,
  members,
}) => {
  expect(owner.email).toBeTruthy();
  await members.open();
  const link = await members.invite(newAccount("admin").email);
  const admin = await joinWithLink(browser, link, "Omar Haddad");
  await members.open();
  await members.changeRole("Omar Haddad", "Admin");
  await expect(members.roleOf("Omar Haddad")).toHaveText("Admin");
  const adminView = new MembersPage(admin.page);
  await adminView.open();
  await adminView.startInvite(newAccount("late").email);

  await members.changeRole("Omar Haddad", "Member");
  await expect(members.roleOf("Omar Haddad")).toHaveText("Member");
  await adminView.submitInvite();

  await expect(alerts(admin.page)).toHaveText(
    "Only owners and admins can do that.",
  );
  await admin.context.close();
});

test("the last owner cannot demote themselves", async ({
  page,
  owner,
  members,
}) => {
  await members.open();

  await members.changeRole(owner.name, "Member");

  await expect(alerts(page)).toHaveText(/last owner cannot be demoted/);
  await members.open();
  await expect(members.roleOf(owner.name)).toHaveText("Owner");
});
