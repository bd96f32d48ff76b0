// Words of points (积分): the points card, how to earn, the shop and vouchers, sending points, the
// household, claims. Fluent syntax: https://projectfluent.org/fluent/guide/
// Both languages side by side; test/node/i18n.test.ts checks that every key used exists in both.
export default {
  zh: `
menu-points = ⭐ 我的积分
command-points = 我的积分：余额、怎样挣积分、积分超市
points-needs-consent = 积分要记在您的名下，需要您先同意隐私说明。
points-needs-community = 请先在“设置”里选择您的社区，积分按社区发放和兑换。
points-balance = ⭐ 我的积分：{ $points } 分
    会员码：{ $code }（工作人员凭此给您记分）
points-household-balance = 🏠 家庭积分：{ $points } 分（{ $name }）
points-no-household = 🏠 还没有加入家庭
points-rank = 📈 今年在本社区排第 { $rank } 名（今年得 { $earned } 分）
points-no-rank = 📈 今年还没有得分
points-recent = 最近：
points-claims-pending = 🙋 您有 { $count } 项申报正在等待审核。
points-claim-was-approved = ✅ 您的申报已通过，得 { $points } 分。
points-claim-was-rejected = ❌ 您的申报没有通过：{ $reason }
points-entry-award = 奖励
points-entry-penalty = 扣分
points-entry-penalty-short = { $what }（余额不足，少扣 { $shortfall } 分）
points-entry-from = 收到 { $who }
points-entry-to = 转给 { $who }
points-entry-redeemed = 兑换 { $item }
points-entry-reversal = 撤销：{ $what }
points-other-household = 家庭
points-other-someone = 其他居民
points-history = 积分明细（余额 { $points } 分）：
points-history-empty = 还没有积分记录。
points-button-earn = 📋 怎样挣积分
points-button-shop = 🛒 积分超市
points-button-send = 🎁 转赠积分
points-button-household = 🏠 我的家庭
points-button-claim = 🙋 申报积分
points-button-vouchers = 🎫 我的兑换码
points-button-history = 📜 全部明细
points-button-older = ⏬ 更早的
points-button-back = ⬅️ 返回我的积分
points-button-cancel = ✖️ 取消
points-button-categories = 📋 全部类别
points-earn-intro = 怎样挣积分：请选择类别。
points-rules-example = （这是示例细则，以本社区公布的为准。）
points-rules-empty = 本社区还没有公布积分细则，请咨询社区工作人员。
points-category-public_order = 🛡 社会治安
points-category-public_virtue = 🤝 公益美德
points-category-community_building = 🏘 社区建设
points-category-rewards_penalties = ⚖️ 奖励惩罚
points-claimable-hint = 带 🙋 的可以自己申报。
points-shop-intro = 🛒 积分超市（您有 { $points } 分）：请选择。
points-shop-empty = 本社区的积分超市还没有上架物品。
points-item-button = { $name } · { $points } 分
points-item-points = 需要：{ $points } 分
points-item-stock = 还剩：{ $stock } 件
points-item-sold-out = 已兑完
points-item-pickup = 领取：{ $place }，{ $hours }
points-item-not-enough = 您现在有 { $points } 分，还不够兑换。
points-button-redeem = ✅ 兑换
points-redeem-confirm = 用 { $points } 分兑换“{ $item }”吗？兑换后剩 { $after } 分。
points-button-redeem-yes = ✅ 确认兑换
points-redeemed = 兑换成功！
    兑换码：{ $code }
    请到 { $place } 领取“{ $item }”（{ $hours }），出示兑换码。
    现在剩 { $points } 分。
points-refused-stock = 这件刚刚被兑换完了，积分没有扣。请看看别的。
points-refused-short = 积分不够，什么也没有扣。您现在有 { $points } 分。
points-vouchers-empty = 您还没有兑换过东西。
points-voucher = 🎫 { $item }
    兑换码：{ $code }
    领取：{ $place }，{ $hours }
points-vouchers-show = 领取时请出示上面的兑换码。
points-vouchers-none-open = 没有待领取的兑换。
points-voucher-handed_over = { $item }：{ $date } 已领取
points-voucher-cancelled = { $item }：{ $date } 已取消，积分已退回
points-voucher-reserved = { $item }：兑换码 { $code }
points-send-nothing = 您现在没有积分可以转赠。
points-send-to = 转给谁？请选择家人，或者直接输入对方的会员码。
points-send-to-code = 请输入对方的会员码（在对方的“我的积分”里可以看到）。
points-to-household = 🏠 家庭：{ $name }
points-send-unknown-code = 没有找到这个会员码，请核对后再输入。
points-send-self = 不能转给自己。请输入家人的会员码。
points-send-amount = 转给 { $who } 多少分？您有 { $points } 分。请点数字或直接输入。
points-send-amount-invalid = 请输入大于 0 的整数，例如 10。
points-send-amount-too-much = 您只有 { $points } 分，请输入少一些的数。
points-send-confirm = 转 { $amount } 分给 { $who }？转完剩 { $after } 分。
points-button-send-yes = ✅ 确认转赠
points-sent = 已转 { $amount } 分给 { $who }。您现在有 { $points } 分。
points-household-none = 您还没有加入家庭。请户主在“我的家庭”里生成加入码给您，或到社区办理。
points-button-join = 🔑 输入加入码
points-join-ask = 请输入户主给您的加入码（8 位）。
points-join-unknown-code = 这个加入码不对，请核对后再输入。
points-join-used-code = 这个加入码已经用过了，请户主重新生成。
points-join-expired-code = 这个加入码已过期（有效 24 小时），请户主重新生成。
points-join-already-member = 您已经在一个家庭里了。一人只能加入一个家庭。
points-join-other-community = 这个家庭不在您的社区。
points-joined = 您已加入家庭“{ $name }”。
points-household = 🏠 { $name }：{ $points } 分
points-household-members = 成员（会员码）：{ $members }
points-button-invite = 🔑 生成加入码
points-invite-code = 加入码：{ $code }
    请把它告诉家人：家人在“我的积分 → 我的家庭”里输入即可加入。24 小时内有效，只能用一次。
points-button-leave = 🚪 退出家庭
points-leave-confirm = 确定退出家庭“{ $name }”吗？您自己的积分不变。
points-button-leave-yes = ✅ 确认退出
points-left = 您已退出家庭“{ $name }”。
points-claim-none = 本社区现在没有可以自己申报的项目。
points-claim-intro = 申报积分：您做了哪件事？请选择。工作人员审核后记分。
points-claim-ask-text = 申报“{ $rule }”：请用一两句话说说您做了什么，什么时候，在哪里。
points-claim-text-short = 请多说几个字：做了什么，什么时候，在哪里。
points-claim-text-long = 太长了，请简短一些（500 字以内）。
points-claim-ask-photo = 有照片吗？请发一张照片，没有就点“不发照片”。
points-button-skip-photo = ➡️ 不发照片
points-claim-with-photo = 附照片
points-claim-without-photo = 没有照片
points-claim-confirm = 申报“{ $rule }”（{ $points } 分）：
    { $text }
    （{ $photo }）
    确认提交吗？
points-button-claim-yes = ✅ 确认提交
points-claimed = 已提交“{ $rule }”的申报。工作人员审核通过后，您会得到 { $points } 分。
mydata-points = • 积分：会员码 { $code }，余额 { $points } 分，家庭：{ $household }（删除信息后，积分记录保留但不再与您关联）
mydata-points-no-household = 无
notice-points-received = 🎁 { $from } 转给您 { $points } 分。
notice-claim-approved = ✅ 您申报的“{ $rule }”已通过，得 { $points } 分。
notice-claim-rejected = ❌ 您申报的“{ $rule }”没有通过：{ $reason }
notice-voucher-cancelled = 您的兑换（兑换码 { $voucher }）已取消，{ $points } 分已退回。
notice-award-received = ⭐ 您得到 { $points } 分：{ $rule }
`,
  en: `
menu-points = ⭐ My points
command-points = My points: balance, how to earn, the shop
points-needs-consent = Points are kept in your name, so they need your agreement to the privacy notice first.
points-needs-community = Please choose your community in Settings first: points are given and spent per community.
points-balance = ⭐ My points: { $points }
    Member code: { $code } (staff use it to give you points)
points-household-balance = 🏠 Household points: { $points } ({ $name })
points-no-household = 🏠 Not in a household yet
points-rank = 📈 This year you are number { $rank } in your community ({ $earned } points this year)
points-no-rank = 📈 No points earned this year yet
points-recent = Latest:
points-claims-pending = 🙋 { $count } of your claims are waiting for staff.
points-claim-was-approved = ✅ Your claim was approved: { $points } points.
points-claim-was-rejected = ❌ Your claim was not approved: { $reason }
points-entry-award = award
points-entry-penalty = deduction
points-entry-penalty-short = { $what } ({ $shortfall } not taken: the balance was too low)
points-entry-from = from { $who }
points-entry-to = to { $who }
points-entry-redeemed = redeemed { $item }
points-entry-reversal = cancelled: { $what }
points-other-household = household
points-other-someone = another resident
points-history = Your points (balance { $points }):
points-history-empty = No points yet.
points-button-earn = 📋 How to earn
points-button-shop = 🛒 Points shop
points-button-send = 🎁 Give points
points-button-household = 🏠 My household
points-button-claim = 🙋 Claim points
points-button-vouchers = 🎫 My vouchers
points-button-history = 📜 All entries
points-button-older = ⏬ Older
points-button-back = ⬅️ Back to my points
points-button-cancel = ✖️ Cancel
points-button-categories = 📋 All categories
points-earn-intro = How to earn points: choose a category.
points-rules-example = (These are example rules; your community's published rules apply.)
points-rules-empty = Your community has not published its points rules yet; please ask your community staff.
points-category-public_order = 🛡 Public order
points-category-public_virtue = 🤝 Public virtue
points-category-community_building = 🏘 Community building
points-category-rewards_penalties = ⚖️ Rewards and penalties
points-claimable-hint = Those marked 🙋 you can claim yourself.
points-shop-intro = 🛒 Points shop (you have { $points }): choose one.
points-shop-empty = Your community's points shop has nothing on offer yet.
points-item-button = { $name } · { $points } pts
points-item-points = Costs: { $points } points
points-item-stock = Left: { $stock }
points-item-sold-out = All gone
points-item-pickup = Pick up: { $place }, { $hours }
points-item-not-enough = You have { $points } points: not enough for this yet.
points-button-redeem = ✅ Redeem
points-redeem-confirm = Redeem "{ $item }" for { $points } points? You will have { $after } left.
points-button-redeem-yes = ✅ Yes, redeem
points-redeemed = Done!
    Voucher code: { $code }
    Pick up "{ $item }" at { $place } ({ $hours }) and show the code.
    You now have { $points } points.
points-refused-stock = The last one was just taken; no points were taken. Please look at the others.
points-refused-short = Not enough points; nothing was taken. You have { $points } points.
points-vouchers-empty = You have not redeemed anything yet.
points-voucher = 🎫 { $item }
    Voucher code: { $code }
    Pick up: { $place }, { $hours }
points-vouchers-show = Show the code above when you pick it up.
points-vouchers-none-open = Nothing waiting to be picked up.
points-voucher-handed_over = { $item }: picked up { $date }
points-voucher-cancelled = { $item }: cancelled { $date }, points given back
points-voucher-reserved = { $item }: voucher { $code }
points-send-nothing = You have no points to give right now.
points-send-to = Give points to whom? Choose a family member, or type their member code.
points-send-to-code = Please type their member code (they see it under My points).
points-to-household = 🏠 Household: { $name }
points-send-unknown-code = No one has that member code; please check it and type it again.
points-send-self = You cannot give points to yourself. Please type a family member's code.
points-send-amount = How many points to { $who }? You have { $points }. Tap a number or type one.
points-send-amount-invalid = Please type a whole number above 0, for example 10.
points-send-amount-too-much = You have only { $points } points; please type a smaller number.
points-send-confirm = Give { $amount } points to { $who }? You will have { $after } left.
points-button-send-yes = ✅ Yes, give them
points-sent = Gave { $amount } points to { $who }. You now have { $points }.
points-household-none = You are not in a household yet. Ask the head of your household for a join code (under My household), or ask at the community office.
points-button-join = 🔑 Enter a join code
points-join-ask = Please type the join code the head of your household gave you (8 characters).
points-join-unknown-code = That join code is not right; please check it and type it again.
points-join-used-code = That join code has been used; please ask the head for a new one.
points-join-expired-code = That join code has expired (it lasts 24 hours); please ask the head for a new one.
points-join-already-member = You are in a household already. Everyone belongs to one household only.
points-join-other-community = That household is not in your community.
points-joined = You have joined the household "{ $name }".
points-household = 🏠 { $name }: { $points } points
points-household-members = Members (member codes): { $members }
points-button-invite = 🔑 Make a join code
points-invite-code = Join code: { $code }
    Give it to a family member: they type it under My points → My household. It lasts 24 hours and works once.
points-button-leave = 🚪 Leave the household
points-leave-confirm = Leave the household "{ $name }"? Your own points stay yours.
points-button-leave-yes = ✅ Yes, leave
points-left = You have left the household "{ $name }".
points-claim-none = There is nothing you can claim yourself in your community right now.
points-claim-intro = Claim points: what did you do? Choose one; staff check it and give the points.
points-claim-ask-text = Claim "{ $rule }": in a sentence or two, what did you do, when and where?
points-claim-text-short = Please say a little more: what you did, when and where.
points-claim-text-long = That is too long; please keep it under 500 characters.
points-claim-ask-photo = Do you have a photo? Send one, or tap "No photo".
points-button-skip-photo = ➡️ No photo
points-claim-with-photo = with a photo
points-claim-without-photo = no photo
points-claim-confirm = Claim "{ $rule }" ({ $points } points):
    { $text }
    ({ $photo })
    Send it?
points-button-claim-yes = ✅ Yes, send it
points-claimed = Your claim for "{ $rule }" was sent. When staff approve it you get { $points } points.
mydata-points = • Points: member code { $code }, balance { $points }, household: { $household } (if you delete your data, the points entries stay but are no longer linked to you)
mydata-points-no-household = none
notice-points-received = 🎁 { $from } gave you { $points } points.
notice-claim-approved = ✅ Your claim "{ $rule }" was approved: { $points } points.
notice-claim-rejected = ❌ Your claim "{ $rule }" was not approved: { $reason }
notice-voucher-cancelled = Your redemption (voucher { $voucher }) was cancelled and { $points } points given back.
notice-award-received = ⭐ You got { $points } points: { $rule }
`,
};
