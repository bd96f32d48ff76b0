// The staff console's words, in Fluent, apart from the residents' (src/i18n/zh.ts, en.ts) until the i18n
// index takes them in. The console reads a staff member's own language, or the browser's before login.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { languages, type Lang } from "../vocabulary.js";
import type { StaffRuleError } from "../domain/staff/errors.js";
import { reportsEn, reportsZh } from "./console-reports.js";

const zh = `
console-title = 邻里 · 工作台
nav-label = 工作台导航
nav-home = 首页
nav-places = 地点
nav-staff = 工作人员
nav-catalog = 服务目录
nav-audit = 操作记录
nav-account = 我的账户
logout = 退出
save = 保存
search = 搜索
yes = 是
no = 否
none = 未填写
list-separator = ；

## login
login-title = 工作人员登录
login-button = 登录
login-invalid = 用户名或密码不正确。
login-throttled = 尝试次数太多，请 { $minutes } 分钟后再试。
login-link-invalid = 这个登录链接无效、已用过或已过期。请在 Telegram 里给机器人发送 /console 获取新链接。
login-expired = 登录已过期，请重新登录。
login-telegram-hint = 已绑定 Telegram 的工作人员，也可以在与机器人的私聊中发送 /console，获取一次性登录链接（10 分钟内有效）。
done-logged-out = 您已退出。

## pages that are not there
not-found-title = 找不到这个页面
not-found-text = 这个地址不存在，或者不在您的工作范围内。
forbidden-title = 不能修改
forbidden-text = 您的角色可以查看这里，但不能修改。
csrf-title = 表单已过期
csrf-text = 这个表单已过期，请返回重新打开页面后再提交。
busy-title = 系统正忙，没有保存
busy-text = 数据库暂时繁忙，刚才的内容没有保存。请等 { $seconds } 秒左右再提交一次。
busy-kept = 您填写的内容都在下面，可以检查修改后点“再次提交”。
busy-send-again = 再次提交
busy-read-title = 系统正忙
busy-read-text = 数据库暂时繁忙，请等 { $seconds } 秒左右再刷新这个页面。

## home
home-title = 您好，{ $name }
home-my-places = 我的工作范围
home-no-roles = 您还没有任何角色。请联系管理员。
home-cases = 待办事项
home-no-cases = 目前没有待办事项。居民的诉求、代办申请和转人工会显示在这里。
home-misses = 办事指南没有找到的问题
home-no-misses = 最近 30 天没有找不到答案的问题。
home-miss-times = { $times } 次
home-misses-hint = 最近 30 天居民问过、但办事指南没有找到答案的问题，可以据此补充服务目录。

## places and roles
kind-district = 区
kind-street = 街道
kind-community = 社区
kind-grid = 网格
below-district = 街道（乡镇）
below-street = 社区（村）
below-community = 网格
below-grid = 网格
role-grid_worker = 网格员
role-proxy_agent = 代办员
role-community_staff = 社区工作人员
role-street_admin = 街道管理员
role-district_admin = 区管理员
role-admin = 系统管理员
role-at = { $role } @ { $place }
supervision-phone = 监督电话
supervision-phone-hint = 居民投诉社区服务时拨打的街道电话
staff-here = 这里及下级的工作人员
staff-none = 还没有工作人员。
staff-add = 添加工作人员
staff-add-button = 添加
invite-title = 已为 { $username } 生成邀请链接
invite-text = 请把这个链接发给本人，在 Telegram 中打开即可绑定账号（72 小时内有效，只能用一次，只显示这一次）：
invite-no-bot = 还没有配置 Telegram 机器人（TELEGRAM_BOT_USERNAME）。配置后，本人可以向机器人发送下面这条命令完成绑定（72 小时内有效）：
invite-heading = 绑定 Telegram
invite-explain = 生成一次性邀请链接。本人在 Telegram 中打开后，就可以用机器人接收通知、获取登录链接。
invite-button = 生成邀请链接

## staff
staff-search = 按用户名或姓名查找
staff-more = 只显示了前 200 位，请用搜索缩小范围。
staff-disabled = 已停用
staff-active = 正常
staff-telegram = 已绑定 Telegram
staff-password = 已设置密码
staff-state = 状态
staff-roles = 角色
staff-no-roles = 没有角色。
staff-hidden-roles = 另有 { $count } 个角色在您的工作范围之外。
staff-profile = 姓名和电话
staff-disable = 停用这个账号
staff-disable-explain = 停用后，此人立即退出所有登录，API 令牌也失效；角色保留，可以随时恢复。
staff-enable = 恢复这个账号
role-add = 添加角色
role-add-button = 添加角色
role-remove = 取消这个角色

## fields
field-username = 用户名
field-username-hint = 小写字母、数字和 . _ -，例如 li.juan
field-password = 密码
field-initial-password = 初始密码（可不填）
field-initial-password-hint = 至少 10 个字符。不填则只能通过 Telegram 登录。
field-current-password = 当前密码
field-new-password = 新密码
field-password-hint = 至少 10 个字符
field-name-zh = 姓名（中文）
field-name-en = 姓名（英文）
field-name-en-hint = 可不填，不填时英文界面也显示中文姓名
field-phone = 公开电话
field-phone-hint = 会显示给居民，例如 027-5555-2101
field-language = 界面语言
field-role = 角色
field-place-code = 地点代码
field-place-code-hint = 例如网格 ja-huiminyuan-1、社区 ja-huiminyuan；系统管理员不填
field-address-zh = 办公地址（中文）
field-address-en = 办公地址（英文）
field-latitude = 纬度
field-longitude = 经度
field-location = 坐标
field-hours-note-zh = 办公时间补充说明（中文）
field-hours-note-en = 办公时间补充说明（英文）
field-hours-note-hint = 例如：逢集日上午加开
field-date = 日期
field-closed = 全天不办公
field-open-instead = 当天办公时间
field-note-zh = 说明（中文）
field-note-en = 说明（英文）
field-token-label = 令牌名称
label-hours-day = { $day }的办公时间
label-exception-row = 特殊日期第 { $row } 行
language-zh = 中文
language-en = English

## the community card
card-title = 社区名片（四到社区）
card-preview = 居民看到的样子
card-edit = 修改
card-address = 办公地址
card-map = 在地图上查看
card-hours = 办公时间
card-open-now = 现在正在办公
card-opens = 现在不办公，{ $day } { $time } 开始办公
card-closed = 近期不办公
card-phone = 社区电话
card-grids = 网格和网格员
card-no-worker = 暂无网格员
card-services = 社区可以办理的事项
card-services-count = 共 { $count } 项（点开查看）
card-weekly-hours = 每周办公时间
card-hours-hint = 每天一行，例如 08:30-12:00, 14:00-17:30；不办公的日子留空。
card-exceptions = 特殊日期（节假日、调整）
card-exceptions-hint = 每行一个日期：勾选全天不办公，或写上当天的办公时间。清空日期即删除这一行。
weekday-mon = 周一
weekday-tue = 周二
weekday-wed = 周三
weekday-thu = 周四
weekday-fri = 周五
weekday-sat = 周六
weekday-sun = 周日

## the access list
access-title = 准入事项（本社区的办理方式）
access-explain = 每项服务，社区可以直接办理、协助办理，或者不在社区办理（请写明去哪里办）。没有自己设置的，沿用服务目录的答案。
access-handled = 社区直接办理
access-assisted = 社区协助办理
access-not_here = 不在社区办理
access-own = 本社区的设置
access-from-catalogue = 沿用服务目录
access-answer = 本社区的办理方式
access-catalogue = 沿用服务目录（{ $answer }）
access-note-zh = 说明（中文）
access-note-en = 说明（英文）
access-note-hint = 例如不在社区办理时去哪里办、哪天办
catalog-communities = 我的社区的准入事项

## audit
audit-empty = 还没有操作记录。
audit-when = 时间
audit-who = 操作人
audit-what = 操作
audit-change = 修改前 → 修改后
audit-where = 来源地址
audit-older = 更早的记录

## my account
account-password = 修改密码
account-tokens = API 令牌
account-tokens-explain = 令牌可以代表您调用工作人员 API（/api/staff），权限与您相同。
account-token-once = 新令牌如下，只显示这一次，请立即妥善保存：
account-token-create = 生成新令牌
account-token-revoke = 作废
account-token-revoked = 已作废

## cases
nav-cases = 事项
nav-cases-waiting = { $count } 件待回复
nav-cases-overdue = { $count } 件超时
cases-title = 事项
cases-counts = 进行中的事项
cases-count-line = { $kind } · { $status }：{ $count } 件
cases-count-overdue = （{ $count } 件超时）
cases-open-queue = 打开事项列表
cases-filter = 筛选
cases-filter-status = 状态
cases-filter-kind = 类型
cases-filter-assignee = 负责人
cases-filter-community = 社区
cases-filter-overdue = 只看超时未回复的
cases-filter-apply = 筛选
cases-status-active = 进行中（未结束）
cases-status-all = 全部
cases-kind-any = 全部类型
cases-assignee-anyone = 不限
cases-assignee-me = 我负责的
cases-assignee-nobody = 还没有人负责的
cases-community-any = 全部社区
cases-empty = 没有符合条件的事项。
cases-newer = ◀ 上一页
cases-older = 下一页 ▶
cases-page = 第 { $page } 页
cases-last-activity = 最近动态：{ $time }
cases-last-words = 居民最后说：{ $words }
cases-assignee = 负责人：{ $name }
cases-unassigned = 还没有人负责
case-kind-conversation = 找人工
case-kind-complaint = 民情诉求
case-kind-application = 代办
case-status-open = 待回复
case-status-answered = 已回复
case-status-closed = 已结束
case-overdue = 超时
case-overdue-text = 已超过首次回复时限，请尽快回复居民。
case-overdue-due = 已超过首次回复时限（{ $due }），请尽快回复居民。
case-escalated-2 = 已通知社区工作人员。
case-escalated-3 = 已上报街道。
case-title = 事项 { $ref }
case-back = ◀ 返回事项列表
case-about = 概况
case-field-kind = 类型
case-field-status = 状态
case-field-community = 社区
case-field-grid = 网格
case-field-assignee = 负责人
case-field-service = 咨询事项
case-field-opened = 开始时间
case-field-due = 首次回复时限
case-field-first-response = 首次回复
case-field-closed = 结束时间
case-field-rating = 居民评分
case-rating = { $rating }/5
case-none = —
case-resident = 居民
case-resident-name = 称呼
case-resident-phone = 手机
case-resident-language = 语言
case-resident-channel = 渠道
case-resident-forgotten = 居民已要求删除个人信息：事项和统计保留，居民本人的信息和留言已删除。
case-resident-unreachable = 居民已屏蔽机器人或账号已不存在，消息送不到了。
channel-telegram = Telegram
channel-web = 网页聊天
case-timeline = 全部记录
case-timeline-empty = 还没有记录。
case-actor-resident = 居民
case-actor-system = 系统
case-via-console = 控制台
case-via-topic = 工作群
case-via-api = API
case-event-message-out = 回复居民
case-event-note = 内部备注，居民看不到
case-event-status = 状态：{ $from } → { $to }
case-event-assignment = 交给 { $to }
case-event-rating = 评分 { $rating }/5
case-event-comment = 居民的意见
case-event-escalation = 超时提醒（第 { $level } 级）
case-event-unreachable = 居民已屏蔽机器人或账号已不存在，消息送不到了。
case-event-delivery = 送达问题
case-photo = 照片
case-voice = 语音
case-document = 文件
case-document-named = 文件：{ $name }
case-location = 位置（在地图上查看）
case-file-open = 打开
case-delivery = 送达情况
case-delivery-pending = 正在发送（{ $route }）
case-delivery-failed = 没能送达（{ $route }）：{ $error }
case-delivery-unreachable = 送不到（{ $route }）：{ $error }
case-route-telegram = 居民的 Telegram
case-route-web = 居民的网页聊天
case-route-topic = 工作群话题
case-reply = 回复居民
case-reply-hint = 居民会在 Telegram 或网页聊天里收到，署名是您的角色和姓名；工作群的话题里也会有。
case-reply-send = 发送给居民
case-closed-reply = 事项已结束。重新打开后才能回复居民。
case-note = 内部备注
case-note-hint = 只有工作人员看得到，居民看不到。
case-note-add = 添加备注
case-actions = 处理
case-take = ✋ 我来负责
case-assign-to = 交给
case-assign = 交给此人
case-close = ✅ 结束事项
case-close-hint = 结束后会邀请居民评分。
case-reopen = 重新打开
case-you = （我）
field-text = 内容
field-note = 备注
field-status = 状态
done-replied = 已发送给居民。
done-noted = 已添加备注。
done-taken = 这个事项由您负责了。
done-assigned = 已更换负责人。
done-closed = 事项已结束，会邀请居民评分。
done-status = 状态已更新，居民和跟进的居民都会收到通知。
case-status-investigating = 核实中
case-status-action_scheduled = 已安排
case-status-in_progress = 处理中
case-status-fixed = 已办好
case-status-not_responsible = 不归社区管
case-status-duplicate = 重复
case-status-reopened = 重新办理
complaint-about = 诉求
complaint-category = 分类
complaint-description = 居民反映
complaint-place = 地点
complaint-map = 在地图上看
complaint-photos = 照片（张）
complaint-followers = 跟进的居民
complaint-name = 署名
complaint-name-hidden = 不向其他居民显示
complaint-name-shown = 可以显示
complaint-acknowledge-due = 答复时限
complaint-resolve-due = 办结时限
complaint-duplicate-of = 重复于
complaint-duplicate-hint = 状态选“重复”时填原诉求编号，跟进的居民会转过去
complaint-elsewhere = 应由谁处理
complaint-elsewhere-hint = 状态选“不归社区管”时填写；不填用分类的说法
complaint-verdicts = 居民评价
complaint-verdict-fixed = 办好了
complaint-verdict-partly = 部分办好
complaint-verdict-not_fixed = 没办好
complaint-unconfirmed = 七天无人评价，按办好结案（未确认）
complaint-set-status = 改为
complaint-status-note = 告诉居民的话
complaint-status-note-hint = 会发给反映和跟进的居民；“已办好”必须写做了什么
complaint-set-status-button = 更新状态
done-reopened = 事项已重新打开。
error-closed = 事项已结束。重新打开后才能回复居民。
error-not-closed = 事项还没有结束，不用重新打开。
error-already-closed = 事项已经结束了。
error-changed = 刚才有别人处理了这个事项，请看一下最新情况再操作。
error-assignee = 没有找到用户名为 { $username } 、并且负责这个事项所在地的工作人员。

## after a change
done-saved = 已保存。
done-role-added = 已添加角色。
done-role-removed = 已取消角色。
done-disabled = 已停用这个账号。
done-enabled = 已恢复这个账号。
done-language = 界面语言已修改。
done-password = 密码已修改，其他设备上的登录已退出。
done-token-revoked = 令牌已作废。

## errors
error-invalid = 请检查“{ $field }”：{ $reason }
error-username-taken = 用户名 { $username } 已被占用，请换一个。
error-role-exists = 已经有这个角色：{ $role }
error-role-missing = 没有这个角色：{ $role }
error-no-place = 在您的工作范围内找不到代码为 { $code } 的地点。
error-self = 不能停用自己的账号。
error-link-invalid = 这个链接无效、已用过或已过期。
error-wrong-password = 当前密码不正确。
error-forbidden = 您的角色不能做这个修改。
error-not-found = 找不到。
reason-format = 格式不对
reason-required = 不能为空
reason-too-long = 太长了

## points (积分)
nav-points = 积分
points-find = 找居民记分
points-find-label = 会员码或手机号
points-find-hint = 会员码在居民的“我的积分”里，例如 K7P2-QX4M
points-approvals = 待审核
points-approvals-explain = 超过限额的奖励和居民自己的申报，需要另一位工作人员审核通过后才记分。
points-approvals-empty = 没有待审核的事项。
points-approve = 通过
points-reject = 不通过
points-approve-not-own = 这是您自己提出的奖励，需要另一位工作人员审核。
points-asked-by = 提出人
points-asked-by-resident = 居民本人申报
points-who = 对象
points-photo = 照片
points-photo-telegram = 已附照片（Telegram）
points-request-kind-award = 奖励
points-request-kind-claim = 居民申报
points-request-pending = 待审核
points-request-approved = 已通过
points-request-rejected = 未通过
points-requests = 申请记录
points-rulebook = 积分细则
points-rulebook-explain = 全市统一细则，以及各区的补充细则。用 npm run points -- rules import 文件 导入。
points-communities = 我的社区
points-issued-of-budget = { $year } 年已发放 { $issued } 分，预算 { $budget } 分。
points-issued-no-budget = { $year } 年已发放 { $issued } 分（尚未设置预算）。
points-shop = 积分超市
points-households = 家庭
points-rankings = 积分排名
points-honours = 月度光荣榜
points-budget = 预算与发放
points-export = 导出积分明细（CSV）
points-export-button = 下载 CSV
points-month = 月份
points-month-hint = 例如 2026-11
points-year = 年份
points-show = 查看
points-balance = 余额
points-earned-year = 今年得分
points-earned = 得分
points-place = 所在
points-grid = 网格
points-no-grid = （未指定网格）
points-whole-community = 全社区
points-award = 奖励记分
points-rule = 细则
points-needs-approval = 需审核
points-evidence = 依据（做了什么、何时、何地）
points-award-button = 记分
points-penalty = 扣分
points-penalty-amount-only = （不按细则，按下面的分数）
points-amount = 分数
points-amount-hint = 按细则扣分时可不填；余额不足时扣到 0，记录差额
points-penalty-button = 扣分
points-entries = 积分明细
points-no-entries = 还没有积分记录。
points-shortfall = 少扣 { $shortfall }
points-reversed = 已撤销
points-reverse = 撤销
points-reverse-button = 确认撤销
points-reason = 原因
points-kind-resident = 居民
points-kind-household = 家庭
points-kind-organisation = 单位
points-kind-issuance = 社区发放
points-kind-shop = 积分超市
points-entry-award = 奖励
points-entry-penalty = 扣分
points-entry-transfer = 转赠
points-entry-redemption = 兑换
points-entry-reversal = 撤销
points-voucher-find = 核销兑换码
points-voucher-code = 兑换码
points-voucher-code-hint = 居民出示的 10 位兑换码，例如 ABCDE-FGHJK
points-voucher-reserved = 待领取
points-voucher-handed_over = 已领取
points-voucher-cancelled = 已取消（积分已退回）
points-hand-over = 已交付
points-voucher-cancel = 取消并退回积分
points-vouchers-reserved = 待领取的兑换
points-vouchers-none = 没有待领取的兑换。
points-items = 物品
points-item-name = 名称
points-item-points = 所需积分
points-item-stock = 库存
points-item-inactive = 已下架
points-item-edit = 修改
points-item-restock = 增加库存（减少填负数）
points-item-restock-hint = 例如 10 或 -2；库存不会少于 0
points-item-add = 上架新物品
points-item-kind = 类型
points-item-kind-goods = 实物
points-item-kind-service = 服务
points-item-kind-honour = 荣誉与政策
points-item-name-zh = 名称（中文）
points-item-name-en = 名称（英文）
points-item-pickup-zh = 领取地点（中文）
points-item-pickup-en = 领取地点（英文）
points-item-hours-zh = 领取时间（中文）
points-item-hours-en = 领取时间（英文）
points-item-description-zh = 说明（中文）
points-item-description-en = 说明（英文）
points-item-active = 上架
points-households-none = 还没有家庭。
points-head = 户主
points-no-members = 还没有成员
points-add-member = 添加成员
points-member-code-hint = 居民的会员码
points-make-join-code = 生成加入码
points-join-code-for = “{ $name }”的加入码（24 小时内有效，只能用一次）：
points-household-add = 新建家庭
points-household-name = 家庭名称
points-household-name-hint = 例如 3栋2单元501 王家
points-grid-code = 网格代码
points-grid-code-hint = 可不填，例如 ja-huiminyuan-1
points-head-code = 户主会员码
points-organisations = 单位
points-organisations-none = 还没有单位。
points-organisation-add = 新建单位
points-organisation-kind = 类型
points-organisation-shop = 商户
points-organisation-school = 学校
points-organisation-company = 企业
points-organisation-other = 其他
points-rank = 名次
points-residents = 居民
points-ranking-empty = 这段时间还没有人得分。
points-budget-summary = 预算 { $budget } 分（{ $population } 人 × 1.5 元 × 每元 { $rate } 分），已发放 { $issued } 分（{ $share }%）。
points-budget-set = 设置预算
points-population = 人口
points-population-hint = 按每人每年 1.5 元计算奖励基金
points-per-yuan = 每元折合积分
points-per-yuan-hint = 例如 10
points-total = 合计
points-chart-title = { $year } 年各月积分发放（按类别）
points-chart-budget = 预算
points-chart-cumulative = 累计发放
points-month-1 = 1月
points-month-2 = 2月
points-month-3 = 3月
points-month-4 = 4月
points-month-5 = 5月
points-month-6 = 6月
points-month-7 = 7月
points-month-8 = 8月
points-month-9 = 9月
points-month-10 = 10月
points-month-11 = 11月
points-month-12 = 12月
points-category-public_order = 社会治安
points-category-public_virtue = 公益美德
points-category-community_building = 社区建设
points-category-rewards_penalties = 奖励惩罚
points-category-none = 未分类
points-points = 分值
points-rule-details = 要求
points-rule-inactive = 已停用
points-example = 示例
points-evidence-none = 无需凭证
points-evidence-text = 需文字说明
points-evidence-photo = 需照片
points-awarded-by = { $role }及以上可记
points-cap-day = 每天最多 { $n } 次
points-cap-month = 每月最多 { $n } 次
points-cap-year = 每年最多 { $n } 次
points-approval-above = 超过 { $n } 分需审核
points-claimable = 居民可申报
points-done-awarded = 已记分。
points-done-pending = 已提交，等待另一位工作人员审核。
points-done-penalised = 已扣分。
points-done-reversed = 已撤销。
points-done-approved = 已通过，积分已记入。
points-done-rejected = 已标记为不通过。
points-done-saved = 已保存。
points-done-handed-over = 已交付。
points-done-cancelled = 已取消，积分已退回。
points-done-household = 已新建家庭。
points-done-member = 已添加成员。
points-done-organisation = 已新建单位。
points-done-stock = 库存已更新。
points-done-grid = 网格已更新。
points-done-budget = 预算已保存。
points-refused-short = 余额不足，没有记账。
points-refused-stock = 已经没有库存了。
points-refused-cap = 已达到这条细则对此人的次数上限（每天/每月/每年）。
points-refused-reversed = 这笔已经撤销过了。
points-refused-not-reversible = 撤销记录不能再撤销。
points-refused-closed = 已经处理过了。
points-refused-key-reused = 这个表单已经提交过别的内容，请刷新页面后重新填写。
points-error-rule-unknown = 没有这条细则。
points-error-rule-other-district = 这条细则属于其他区，不适用于此人。
points-error-rule-inactive = 这条细则已停用。
points-error-rule-is-penalty = 这是扣分细则，请用“扣分”。
points-error-rule-is-award = 这是奖励细则，请用“奖励记分”。
points-error-amount-not-rule = 分值按细则固定为 { $points } 分。
points-error-amount = 请填写大于 0 的整数分数，或选择细则。
points-error-evidence-needed = 请填写依据：做了什么、何时、何地。
points-error-photo-needed = 这条细则需要照片；请在依据里说明照片在哪里。
points-error-no-account = 没有积分账户。
points-error-ambiguous-phone = 这个手机号对应多位居民，请用会员码。
points-error-not-found-resident = 您的范围内没有这个会员码或手机号的居民。
points-error-no-community = 这位居民还没有选择社区。
points-error-key = 表单已过期，请刷新页面后重新提交。
points-error-reason-needed = 请填写原因。
points-error-redemption-reversal = 兑换请在积分超市里取消。
points-error-same-approver = 需要另一位工作人员审核，不能审核自己提出的奖励。
points-error-voucher-other-shop = 这个兑换码属于其他社区的积分超市，不能在这里核销。
points-error-voucher-unknown = 没有这个兑换码，请核对。
points-error-grid-other-community = 本社区没有这个网格代码。
points-error-name = 这位居民已经在一个家庭里了。
points-error-item = 库存没有这么多可以减少。
`;

const en = `
console-title = linli · staff console
nav-label = Console navigation
nav-home = Home
nav-places = Places
nav-staff = Staff
nav-catalog = Service catalogue
nav-audit = Audit log
nav-account = My account
logout = Log out
save = Save
search = Search
yes = yes
no = no
none = not given
list-separator = {"; "}

## login
login-title = Staff login
login-button = Log in
login-invalid = The username or the password is not right.
login-throttled = Too many attempts. Please try again in { $minutes } min.
login-link-invalid = This login link is unknown, used or expired. Send /console to the bot on Telegram for a new one.
login-expired = Your session has ended. Please log in again.
login-telegram-hint = Staff with a linked Telegram account can also send /console to the bot in a private chat for a one-time login link (valid 10 minutes).
done-logged-out = You have logged out.

## pages that are not there
not-found-title = Page not found
not-found-text = This address does not exist, or it is outside your scope.
forbidden-title = You cannot change this
forbidden-text = Your roles let you see this, but not change it.
csrf-title = The form has expired
csrf-text = This form has expired. Please go back, open the page again and send it again.
busy-title = Busy — nothing was saved
busy-text = The database is busy for a moment, so what you sent was not saved. Please send it again in about { $seconds } seconds.
busy-kept = Everything you wrote is below: check it, change it if you like, and send it again.
busy-send-again = Send again
busy-read-title = Busy for a moment
busy-read-text = The database is busy for a moment. Please reload this page in about { $seconds } seconds.

## home
home-title = Hello, { $name }
home-my-places = My scope
home-no-roles = You have no roles yet. Please ask an admin.
home-cases = What needs me
home-no-cases = Nothing is waiting for you. Residents' complaints, applications and requests to talk to a person will appear here.
home-misses = What the guide could not answer
home-no-misses = In the last 30 days every question found an answer.
home-miss-times = { $times } ×
home-misses-hint = Questions residents asked in the last 30 days that the service guide did not find: use them to fill the catalogue.

## places and roles
kind-district = district
kind-street = street
kind-community = community
kind-grid = grid
below-district = Streets (townships)
below-street = Communities (villages)
below-community = Grids
below-grid = Grids
role-grid_worker = Grid worker
role-proxy_agent = Proxy agent
role-community_staff = Community staff
role-street_admin = Street admin
role-district_admin = District admin
role-admin = Admin
role-at = { $role } @ { $place }
supervision-phone = Supervision phone
supervision-phone-hint = The street's number residents call to complain about a community's service
staff-here = Staff here and below
staff-none = No staff yet.
staff-add = Add a staff member
staff-add-button = Add
invite-title = Invitation link for { $username }
invite-text = Send this link to the person; opening it in Telegram links their account (valid 72 hours, once; shown only now):
invite-no-bot = No Telegram bot is configured (TELEGRAM_BOT_USERNAME). Once it is, the person sends this command to the bot to link their account (valid 72 hours):
invite-heading = Link Telegram
invite-explain = Makes a one-time invitation link. Opened in Telegram, it lets the bot send this person notifications and login links.
invite-button = Make an invitation link

## staff
staff-search = Find by username or name
staff-more = Only the first 200 are shown; search to narrow it down.
staff-disabled = disabled
staff-active = active
staff-telegram = Telegram linked
staff-password = Password set
staff-state = State
staff-roles = Roles
staff-no-roles = No roles.
staff-hidden-roles = { $count } more role(s) outside your scope.
staff-profile = Name and phone
staff-disable = Disable this account
staff-disable-explain = Disabling logs the person out everywhere at once and stops their API tokens; their roles stay, and the account can be enabled again.
staff-enable = Enable this account
role-add = Give a role
role-add-button = Give the role
role-remove = Take this role

## fields
field-username = Username
field-username-hint = lowercase letters, digits and . _ -, e.g. li.juan
field-password = Password
field-initial-password = First password (optional)
field-initial-password-hint = At least 10 characters. Without one, the person logs in through Telegram.
field-current-password = Current password
field-new-password = New password
field-password-hint = At least 10 characters
field-name-zh = Name (Chinese)
field-name-en = Name (English)
field-name-en-hint = Optional; without it the Chinese name is shown in English too
field-phone = Published phone
field-phone-hint = Shown to residents, e.g. 027-5555-2101
field-language = Console language
field-role = Role
field-place-code = Place code
field-place-code-hint = e.g. grid ja-huiminyuan-1, community ja-huiminyuan; none for admin
field-address-zh = Office address (Chinese)
field-address-en = Office address (English)
field-latitude = Latitude
field-longitude = Longitude
field-location = Coordinates
field-hours-note-zh = About the hours (Chinese)
field-hours-note-en = About the hours (English)
field-hours-note-hint = e.g. also open mornings on market days
field-date = Date
field-closed = closed all day
field-open-instead = Hours that day
field-note-zh = Note (Chinese)
field-note-en = Note (English)
field-token-label = Token name
label-hours-day = hours on { $day }
label-exception-row = special date, row { $row }
language-zh = 中文
language-en = English

## the community card
card-title = Community card
card-preview = As residents see it
card-edit = Edit
card-address = Office address
card-map = View on the map
card-hours = Office hours
card-open-now = open now
card-opens = closed now; opens { $day } { $time }
card-closed = closed for the coming days
card-phone = Community phone
card-grids = Grids and grid workers
card-no-worker = no grid worker yet
card-services = What the community handles
card-services-count = { $count } services (open to see them)
card-weekly-hours = Weekly office hours
card-hours-hint = One line a day, e.g. 08:30-12:00, 14:00-17:30; leave closed days empty.
card-exceptions = Special dates (holidays, changes)
card-exceptions-hint = One date a row: tick closed all day, or write that day's hours. Clear the date to delete a row.
weekday-mon = Mon
weekday-tue = Tue
weekday-wed = Wed
weekday-thu = Thu
weekday-fri = Fri
weekday-sat = Sat
weekday-sun = Sun

## the access list
access-title = Access list (how this community handles each service)
access-explain = For each service the community handles it, helps with it, or does not do it (say where to go instead). Without an answer of its own, the catalogue's answer holds.
access-handled = handled here
access-assisted = helped with here
access-not_here = not here
access-own = this community's own answer
access-from-catalogue = the catalogue's answer
access-answer = This community's answer
access-catalogue = The catalogue's answer ({ $answer })
access-note-zh = Note (Chinese)
access-note-en = Note (English)
access-note-hint = e.g. where to go when it is not here, or which day
catalog-communities = Access lists of my communities

## audit
audit-empty = No actions recorded yet.
audit-when = When
audit-who = Who
audit-what = What
audit-change = Before → after
audit-where = From
audit-older = Older entries

## my account
account-password = Change password
account-tokens = API tokens
account-tokens-explain = A token acts as you on the staff API (/api/staff), with your scope.
account-token-once = Here is the new token. It is shown only now: keep it safe.
account-token-create = Make a new token
account-token-revoke = Revoke
account-token-revoked = revoked

## cases
nav-cases = Cases
nav-cases-waiting = { $count } waiting
nav-cases-overdue = { $count } overdue
cases-title = Cases
cases-counts = Cases in progress
cases-count-line = { $kind } · { $status }: { $count }
cases-count-overdue = ({ $count } overdue)
cases-open-queue = Open the case list
cases-filter = Filter
cases-filter-status = Status
cases-filter-kind = Kind
cases-filter-assignee = Assignee
cases-filter-community = Community
cases-filter-overdue = Only overdue ones
cases-filter-apply = Filter
cases-status-active = In progress (not closed)
cases-status-all = All
cases-kind-any = Every kind
cases-assignee-anyone = Anyone
cases-assignee-me = Mine
cases-assignee-nobody = Nobody's yet
cases-community-any = Every community
cases-empty = No case matches.
cases-newer = ◀ Newer
cases-older = Older ▶
cases-page = Page { $page }
cases-last-activity = Last activity: { $time }
cases-last-words = The resident's last words: { $words }
cases-assignee = Assignee: { $name }
cases-unassigned = Nobody has it yet
case-kind-conversation = Talk to a person
case-kind-complaint = Complaint
case-kind-application = Proxy application
case-status-open = waiting for an answer
case-status-answered = answered
case-status-closed = closed
case-overdue = Overdue
case-overdue-text = The first-response deadline has passed; please answer the resident.
case-overdue-due = The first-response deadline ({ $due }) has passed; please answer the resident.
case-escalated-2 = The community's staff have been told.
case-escalated-3 = The street has been told.
case-title = Case { $ref }
case-back = ◀ Back to the cases
case-about = About
case-field-kind = Kind
case-field-status = Status
case-field-community = Community
case-field-grid = Grid
case-field-assignee = Assignee
case-field-service = About the service
case-field-opened = Opened
case-field-due = First answer due
case-field-first-response = First answered
case-field-closed = Closed
case-field-rating = Resident's rating
case-rating = { $rating }/5
case-none = —
case-resident = Resident
case-resident-name = Name
case-resident-phone = Phone
case-resident-language = Language
case-resident-channel = Channel
case-resident-forgotten = The resident asked to be forgotten: the case and its numbers stay, their details and words are gone.
case-resident-unreachable = The resident blocked the bot or their account is gone: messages no longer reach them.
channel-telegram = Telegram
channel-web = web chat
case-timeline = Timeline
case-timeline-empty = Nothing yet.
case-actor-resident = Resident
case-actor-system = System
case-via-console = console
case-via-topic = staff group
case-via-api = API
case-event-message-out = to the resident
case-event-note = internal note, the resident never sees it
case-event-status = Status: { $from } → { $to }
case-event-assignment = Assigned to { $to }
case-event-rating = Rated { $rating }/5
case-event-comment = The resident's comment
case-event-escalation = Deadline reminder (level { $level })
case-event-unreachable = The resident blocked the bot or their account is gone: messages no longer reach them.
case-event-delivery = Delivery problem
case-photo = Photo
case-voice = Voice note
case-document = File
case-document-named = File: { $name }
case-location = Location (open the map)
case-file-open = Open
case-delivery = Delivery
case-delivery-pending = On its way ({ $route })
case-delivery-failed = Not delivered ({ $route }): { $error }
case-delivery-unreachable = Cannot be delivered ({ $route }): { $error }
case-route-telegram = the resident's Telegram
case-route-web = the resident's web chat
case-route-topic = the staff group's topic
case-reply = Answer the resident
case-reply-hint = The resident gets it on Telegram or in the web chat, signed with your role and name; the staff group's topic shows it too.
case-reply-send = Send to the resident
case-closed-reply = The case is closed. Reopen it to write to the resident.
case-note = Internal note
case-note-hint = Only staff see it, never the resident.
case-note-add = Add the note
case-actions = Actions
case-take = ✋ I'll take it
case-assign-to = Assign to
case-assign = Assign
case-close = ✅ Close the case
case-close-hint = The resident will be asked to rate it.
case-reopen = Reopen
case-you = (me)
field-text = Text
field-note = Note
field-status = Status
done-replied = Sent to the resident.
done-noted = The note was added.
done-taken = The case is yours now.
done-assigned = The assignee was changed.
done-closed = The case is closed; the resident will be asked to rate it.
done-status = The status is updated; the resident and the followers are told.
case-status-investigating = investigating
case-status-action_scheduled = action scheduled
case-status-in_progress = in progress
case-status-fixed = fixed
case-status-not_responsible = not responsible
case-status-duplicate = duplicate
case-status-reopened = reopened
complaint-about = Complaint
complaint-category = Category
complaint-description = What the resident reported
complaint-place = Place
complaint-map = see on a map
complaint-photos = Photos
complaint-followers = Followers
complaint-name = Name
complaint-name-hidden = hidden from other residents
complaint-name-shown = may be shown
complaint-acknowledge-due = Answer by
complaint-resolve-due = Fix by
complaint-duplicate-of = Duplicate of
complaint-duplicate-hint = with the status “duplicate”: the original's reference; its followers move there
complaint-elsewhere = Where it goes instead
complaint-elsewhere-hint = with the status “not responsible”; the category's answer when empty
complaint-verdicts = Residents' verdicts
complaint-verdict-fixed = fixed
complaint-verdict-partly = partly fixed
complaint-verdict-not_fixed = not fixed
complaint-unconfirmed = closed as fixed after seven days without a verdict (unconfirmed)
complaint-set-status = Set to
complaint-status-note = Words for the residents
complaint-status-note-hint = sent to the resident and the followers; “fixed” needs what was done
complaint-set-status-button = Update the status
done-reopened = The case is open again.
error-closed = The case is closed. Reopen it to write to the resident.
error-not-closed = The case is not closed: there is nothing to reopen.
error-already-closed = The case is closed already.
error-changed = Someone else acted on this case just now: look at it again before you act.
error-assignee = No staff member whose scope reaches this case has the username { $username }.

## after a change
done-saved = Saved.
done-role-added = The role was given.
done-role-removed = The role was taken.
done-disabled = The account is disabled.
done-enabled = The account is enabled again.
done-language = The console language was changed.
done-password = Your password was changed; you were logged out on other devices.
done-token-revoked = The token was revoked.

## errors
error-invalid = Please check "{ $field }": { $reason }
error-username-taken = The username { $username } is taken; please choose another.
error-role-exists = That role is held already: { $role }
error-role-missing = That role is not held: { $role }
error-no-place = No place with the code { $code } in your scope.
error-self = You cannot disable your own account.
error-link-invalid = This link is unknown, used or expired.
error-wrong-password = The current password is not right.
error-forbidden = Your roles do not allow this change.
error-not-found = Not found.
reason-format = the format is not right
reason-required = it must not be empty
reason-too-long = it is too long

## points
nav-points = Points
points-find = Find a resident to give points
points-find-label = Member code or phone number
points-find-hint = The member code is under the resident's My points, e.g. K7P2-QX4M
points-approvals = Approval queue
points-approvals-explain = Awards above a rule's threshold, and residents' own claims, are posted when a second staff member approves them.
points-approvals-empty = Nothing is waiting for approval.
points-approve = Approve
points-reject = Reject
points-approve-not-own = You asked for this award: another staff member approves it.
points-asked-by = Asked by
points-asked-by-resident = the resident's own claim
points-who = Who
points-photo = Photo
points-photo-telegram = a photo is attached (Telegram)
points-request-kind-award = Award
points-request-kind-claim = Resident's claim
points-request-pending = waiting
points-request-approved = approved
points-request-rejected = rejected
points-requests = Requests
points-rulebook = Rulebook
points-rulebook-explain = The city's rulebook and each district's additions. Import with npm run points -- rules import FILE.
points-communities = My communities
points-issued-of-budget = { $issued } points issued in { $year } of a budget of { $budget }.
points-issued-no-budget = { $issued } points issued in { $year } (no budget set yet).
points-shop = Points shop
points-households = Households
points-rankings = Rankings
points-honours = Monthly honours
points-budget = Budget and issued
points-export = Export the ledger (CSV)
points-export-button = Download CSV
points-month = Month
points-month-hint = e.g. 2026-11
points-year = Year
points-show = Show
points-balance = Balance
points-earned-year = Earned this year
points-earned = Earned
points-place = Place
points-grid = Grid
points-no-grid = (no grid)
points-whole-community = the whole community
points-award = Award points
points-rule = Rule
points-needs-approval = needs approval
points-evidence = Evidence (what was done, when, where)
points-award-button = Award
points-penalty = Penalty
points-penalty-amount-only = (no rule: the amount below)
points-amount = Points
points-amount-hint = Leave empty with a rule; a balance that is too low goes to 0 and the shortfall is recorded
points-penalty-button = Deduct
points-entries = Entries
points-no-entries = No entries yet.
points-shortfall = { $shortfall } not taken
points-reversed = reversed
points-reverse = Reverse
points-reverse-button = Reverse it
points-reason = Reason
points-kind-resident = Resident
points-kind-household = Household
points-kind-organisation = Organisation
points-kind-issuance = Community issuance
points-kind-shop = Points shop
points-entry-award = award
points-entry-penalty = penalty
points-entry-transfer = transfer
points-entry-redemption = redemption
points-entry-reversal = reversal
points-voucher-find = Redeem a voucher
points-voucher-code = Voucher code
points-voucher-code-hint = The resident's 10-character code, e.g. ABCDE-FGHJK
points-voucher-reserved = waiting to be picked up
points-voucher-handed_over = handed over
points-voucher-cancelled = cancelled (points given back)
points-hand-over = Handed over
points-voucher-cancel = Cancel and give the points back
points-vouchers-reserved = Waiting to be picked up
points-vouchers-none = Nothing is waiting to be picked up.
points-items = Items
points-item-name = Name
points-item-points = Points
points-item-stock = Stock
points-item-inactive = not offered
points-item-edit = Edit
points-item-restock = Add to stock (negative to take away)
points-item-restock-hint = e.g. 10 or -2; stock never goes below 0
points-item-add = Add an item
points-item-kind = Kind
points-item-kind-goods = goods
points-item-kind-service = service
points-item-kind-honour = honour or policy
points-item-name-zh = Name (Chinese)
points-item-name-en = Name (English)
points-item-pickup-zh = Pick-up place (Chinese)
points-item-pickup-en = Pick-up place (English)
points-item-hours-zh = Pick-up hours (Chinese)
points-item-hours-en = Pick-up hours (English)
points-item-description-zh = Description (Chinese)
points-item-description-en = Description (English)
points-item-active = On offer
points-households-none = No households yet.
points-head = head
points-no-members = no members yet
points-add-member = Add a member
points-member-code-hint = the resident's member code
points-make-join-code = Make a join code
points-join-code-for = Join code for "{ $name }" (valid 24 hours, works once):
points-household-add = Add a household
points-household-name = Household name
points-household-name-hint = e.g. Block 3, Unit 2, No. 501, the Wangs
points-grid-code = Grid code
points-grid-code-hint = optional, e.g. ja-huiminyuan-1
points-head-code = Head's member code
points-organisations = Organisations
points-organisations-none = No organisations yet.
points-organisation-add = Add an organisation
points-organisation-kind = Kind
points-organisation-shop = shop
points-organisation-school = school
points-organisation-company = company
points-organisation-other = other
points-rank = Rank
points-residents = Residents
points-ranking-empty = No points earned in this period yet.
points-budget-summary = Budget { $budget } points ({ $population } people × 1.5 yuan × { $rate } points a yuan); { $issued } issued ({ $share }%).
points-budget-set = Set the budget
points-population = Population
points-population-hint = The reward fund is 1.5 yuan a head a year
points-per-yuan = Points a yuan
points-per-yuan-hint = e.g. 10
points-total = Total
points-chart-title = Points issued per month in { $year }, by category
points-chart-budget = budget
points-chart-cumulative = issued so far
points-month-1 = Jan
points-month-2 = Feb
points-month-3 = Mar
points-month-4 = Apr
points-month-5 = May
points-month-6 = Jun
points-month-7 = Jul
points-month-8 = Aug
points-month-9 = Sep
points-month-10 = Oct
points-month-11 = Nov
points-month-12 = Dec
points-category-public_order = Public order
points-category-public_virtue = Public virtue
points-category-community_building = Community building
points-category-rewards_penalties = Rewards and penalties
points-category-none = no category
points-points = Points
points-rule-details = Conditions
points-rule-inactive = retired
points-example = example
points-evidence-none = no evidence needed
points-evidence-text = evidence in words
points-evidence-photo = a photo
points-awarded-by = { $role } and above
points-cap-day = at most { $n } a day
points-cap-month = at most { $n } a month
points-cap-year = at most { $n } a year
points-approval-above = approval above { $n } points
points-claimable = residents may claim it
points-done-awarded = The points were awarded.
points-done-pending = Sent: a second staff member approves it.
points-done-penalised = The points were deducted.
points-done-reversed = Reversed.
points-done-approved = Approved: the points were posted.
points-done-rejected = Rejected.
points-done-saved = Saved.
points-done-handed-over = Handed over.
points-done-cancelled = Cancelled: the points were given back.
points-done-household = The household was added.
points-done-member = The member was added.
points-done-organisation = The organisation was added.
points-done-stock = The stock was changed.
points-done-grid = The grid was changed.
points-done-budget = The budget was saved.
points-refused-short = The balance is too low; nothing was posted.
points-refused-stock = There is none left.
points-refused-cap = This rule's cap for this person is reached (a day, a month or a year).
points-refused-reversed = This was reversed already.
points-refused-not-reversible = A reversal cannot be reversed.
points-refused-closed = This was settled already.
points-refused-key-reused = This form was sent before with something else; please reload the page and fill it in again.
points-error-rule-unknown = There is no such rule.
points-error-rule-other-district = That rule belongs to another district's rulebook, not this person's.
points-error-rule-inactive = That rule is no longer in force.
points-error-rule-is-penalty = That is a penalty: use Penalty.
points-error-rule-is-award = That is an award: use Award points.
points-error-amount-not-rule = The rule fixes the points: { $points }.
points-error-amount = Write a whole number of points above 0, or choose a rule.
points-error-evidence-needed = Please write the evidence: what was done, when and where.
points-error-photo-needed = This rule needs a photo; say in the evidence where the photo is.
points-error-no-account = There is no points account.
points-error-ambiguous-phone = Several residents have this phone number; please use the member code.
points-error-not-found-resident = No resident with this member code or phone number in your scope.
points-error-no-community = This resident has not chosen a community yet.
points-error-key = This form has expired; please reload the page and send it again.
points-error-reason-needed = Please write the reason.
points-error-redemption-reversal = Cancel a redemption in the points shop.
points-error-same-approver = A second staff member approves: not the one who asked for the award.
points-error-voucher-other-shop = This voucher is for another community's points shop; it cannot be redeemed here.
points-error-voucher-unknown = No voucher has this code; please check it.
points-error-grid-other-community = This community has no grid with that code.
points-error-name = That resident is in a household already.
points-error-item = There are not that many in stock to take away.
`;

export const consoleSources: Record<Lang, string> = { zh: zh + reportsZh, en: en + reportsEn };

const bundles = Object.fromEntries(
  languages.map((lang) => {
    const bundle = new FluentBundle(lang, { useIsolating: false });
    const errors = bundle.addResource(new FluentResource(consoleSources[lang]));
    if (errors.length) throw new Error(`console i18n ${lang}: ${errors.map(String).join("; ")}`);
    return [lang, bundle];
  }),
) as Record<Lang, FluentBundle>;

export type ConsoleT = (key: string, args?: Record<string, FluentVariable>) => string;

export function consoleTranslator(lang: Lang): ConsoleT {
  const bundle = bundles[lang];
  return (key, args) => {
    const message = bundle.getMessage(key);
    // A missing key is a bug (test/node/console-i18n.test.ts catches it); show the key rather than nothing.
    return message?.value ? bundle.formatPattern(message.value, args, []) : key;
  };
}

/** Message ids of the console's Fluent source, for the parity test. */
export function consoleMessageIds(lang: Lang): string[] {
  return new FluentResource(consoleSources[lang]).body.map((entry) => ("id" in entry ? entry.id : "")).filter(Boolean);
}

/** The label of a field a rule complained about ("hours.mon.0" → "周一的办公时间"). */
export function fieldLabel(t: ConsoleT, field: string | undefined): string {
  if (!field) return "";
  const [first = "", second] = field.split(".");
  if (first === "hours" && second) return t("label-hours-day", { day: t(`weekday-${second}`) });
  if (first === "exceptions" && second !== undefined) return t("label-exception-row", { row: Number(second) + 1 });
  const labels: Record<string, string> = {
    username: "field-username",
    nameZh: "field-name-zh",
    nameEn: "field-name-en",
    phone: "field-phone",
    password: "field-password",
    current: "field-current-password",
    role: "field-role",
    place: "field-place-code",
    language: "field-language",
    location: "field-location",
    access: "access-answer",
    note_zh: "access-note-zh",
    note_en: "access-note-en",
    label: "field-token-label",
    "address.zh": "field-address-zh",
    "address.en": "field-address-en",
    "hours_note.zh": "field-hours-note-zh",
    "hours_note.en": "field-hours-note-en",
    text: "field-text",
    note: "field-note",
    status: "field-status",
    elsewhere: "complaint-elsewhere",
    duplicate_of: "complaint-duplicate-of",
  };
  const key = Object.hasOwn(labels, `${first}.${second}`) ? labels[`${first}.${second}`] : Object.hasOwn(labels, first) ? labels[first] : undefined;
  return key ? t(key) : field;
}

/** A rule's refusal in the reader's words (the rules explain themselves in English). */
export function errorText(t: ConsoleT, error: StaffRuleError, lang: Lang): string {
  if (error.code === "invalid") {
    const reason =
      lang === "en" ? error.reason : /empty/.test(error.reason) ? t("reason-required") : /at most|too long/.test(error.reason) ? t("reason-too-long") : t("reason-format");
    return t("error-invalid", { field: fieldLabel(t, error.field), reason });
  }
  return t(`error-${error.code}`, error.args);
}
