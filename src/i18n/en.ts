// English. Keep the same message ids as zh.ts (test/node/i18n.test.ts checks it).
export default `
## main menu
menu-settings = ⚙️ Settings
menu-mydata = 📋 My data
menu-help = ❓ Help
menu-intro = Choose from the menu below, or type your question.
cancelled = Cancelled. Choose from the menu below.

## help and things not understood
help-text-telegram =
    linli is your community's service assistant. Type what you need to do and I'll tell you where to go and what to bring.
    /menu main menu
    /guide service guide
    /settings settings: language, community, phone, privacy
    /mydata see everything we store about you
    /forget delete it
    /cancel leave what you are doing
    /help this help
help-text-web =
    linli is your community's service assistant. Type what you need to do and I'll tell you where to go and what to bring.
    You can type /menu, /guide, /settings, /mydata, /forget, /cancel, /help, or use the menu below.
unknown-command = There is no { $command } command. Type /help to see the commands.
stale-button = That button has expired. Please start again from the menu below.
unexpected-input = That isn't needed here. Please use the menu below.
error-apology = Sorry, something went wrong and we have logged it. Please try again in a moment.

## choosing a community
pick-district = Which district do you live in?
pick-street = Choose your street (or township):
pick-community = Choose your community (or village):
no-places-yet = No communities have been entered yet; please contact your community staff.
button-previous = ◀ Previous
button-next = Next ▶
page-of = { $page }/{ $pages }
button-back = ↩ Back
community-none = not chosen
community-set = Your community is now: { $community }

## onboarding
welcome = Hello! I'm linli (邻里), your community's service assistant. First, which community do you live in?
welcome-back = Welcome back!
welcome-community = Hello! I'm linli (邻里), your community's service assistant. Your community: { $community }
welcome-unknown-code = I couldn't find the community of that QR code; please choose it yourself.
privacy-notice =
    Privacy notice
    • What we store: your chat id, language and community; with your consent also a phone number you choose to share.
    • Why: only to provide community services to you and to deliver messages to you.
    • Without consent you can still use everything that stores nothing about you; we then keep only your language and community, deleted after six months without a visit.
    • Questions the service guide could not answer are kept for 90 days so that staff can fill the gaps: with any numbers taken out, only the day they were asked, and never who asked.
    • You can see it with /mydata and delete it with /forget at any time.
    Do you agree?
button-consent-yes = ✅ I agree
button-consent-no = I don't agree
consent-given = Thank you! You have agreed to the privacy notice.
consent-declined = All right: we won't store personal information about you, only your language and community so that we can answer you. You can change your mind in Settings.
ask-phone = If you like, share your phone number with the button below so that community staff can reach you. Or skip.
button-share-phone = 📱 Share my phone number
button-skip = Skip
phone-saved = Saved your phone number { $phone }.
phone-skipped = OK, skipped.
phone-not-own = You can only share your own number: please use the button below.
phone-invalid = That number doesn't look right; please share it again with the button below.
phone-needs-consent = Keeping a phone number needs your consent to the privacy notice first.
phone-telegram-only = The web chat cannot verify a phone number; please share it on Telegram.
phone-removed = Your phone number has been deleted.
phone-none = not given

## settings
button-language = 🌐 Language
button-community = 🏘 Community
button-phone = 📱 Share phone number
button-phone-remove = 📱 Delete phone number
button-privacy = 🔒 Privacy consent
settings-summary =
    Your settings
    Language: { $language }
    Community: { $community }
    Phone: { $phone }
    Privacy consent: { $consent }
pick-language = 请选择语言 / Choose a language:
language-zh = Chinese (中文)
language-en = English
language-set = Switched to English.
consent-state-given = given
consent-state-declined = declined
consent-state-unasked = not answered yet

## my data and deleting it
mydata-intro = Everything we store about you:
mydata-identity = • { $channel } id: { $id }
channel-telegram = Telegram
channel-web = Web chat
mydata-language = • Language: { $language }
mydata-community = • Community: { $community }
mydata-phone = • Phone: { $phone }
mydata-consent = • Privacy consent: { $consent } ({ $when })
mydata-since = • First used: { $when }
mydata-conversation = • Current conversation: { $step }
mydata-conversation-idle = none
mydata-footer =
    Questions the service guide could not answer are not here: they are kept without numbers and without who asked, and deleted after 90 days, so they cannot be shown or deleted per person.
    To delete the above, tap the button below or send /forget.
button-forget = 🗑 Delete my data
forget-confirm = Delete everything we store about you? This cannot be undone.
button-forget-yes = Yes, delete
button-forget-no = Cancel
forget-cancelled = OK, nothing was deleted.
forget-done = Everything about you has been deleted. Send /start to use linli again.

## service guide
menu-guide = 📖 Service guide
command-guide = Service guide: where to go, what to bring
guide-intro = Service guide: choose a group, or just type what you need (for example "subsistence allowance" or "police clearance certificate").
guide-empty = The service guide has no entries yet; please contact your community staff.
guide-group = 📂 { $group }
guide-all-groups = 📖 All groups
guide-found = Here is what I found; please choose:
guide-nothing-found = Sorry, I found nothing about that. We have noted your question so that staff can add it. You can look through the groups:
weekday-mon = Mon
weekday-tue = Tue
weekday-wed = Wed
weekday-thu = Thu
weekday-fri = Fri
weekday-sat = Sat
weekday-sun = Sun
weekday-span = { $from }–{ $to }
list-separator = {"; "}
hours-open-now = open now
hours-closed-now = closed now; opens { $day } { $time }
hours-closed = closed for the coming days
hours-with-state = { $week } ({ $state })
hours-unknown = hours not given
card-eligibility = 👤 Who can apply: { $text }
card-materials = 📋 What to bring:
card-steps = 📝 Steps:
card-office = 🏢 Where: { $office }
card-address = 📍 Address: { $address }
card-hours = 🕘 Hours: { $hours }
card-phone = ☎️ Phone: { $phone }
card-complaint-phone = 📣 Complaints: { $phone }
card-website = 🌐 Website: { $url }
card-fee = 💰 Fee: { $fee }
card-time-limit = ⏱ Time limit: { $limit }
card-proxy = 🤝 Community staff can file this for you; ask at the community service station.
card-certificate = 🖋 This is a certificate your community may issue.
access-handled = In { $community }: the community service station handles this directly. Address: { $address }; hours: { $hours }; phone: { $phone }
access-assisted = In { $community }: the community service station helps you prepare and submit it; { $agency } decides. Station address: { $address }; hours: { $hours }; phone: { $phone }
access-not_here = Your community does not handle this: go to { $agency } (address and hours above).
access-handled-generic = The community service station handles this directly. Choose your community in Settings and I will tell you where the station is.
access-assisted-generic = The community service station helps you prepare it; { $agency } decides. Choose your community in Settings and I will tell you where the station is.
access-not_here-generic = Communities do not handle this: go to { $agency } (address and hours above).

## Telegram command menu
command-start = Start / start again
command-menu = Main menu
command-settings = Settings: language, community, phone
command-mydata = See my data
command-forget = Delete my data
command-help = Help
command-cancel = Leave what you are doing

## web chat page
chat-title = linli · community service assistant
chat-placeholder = Type a message…
chat-send = Send
chat-offline = Network problem: the message was not sent. Please try again.
chat-restart = Start again
chat-input-label = Message
chat-menu-label = Quick menu
chat-map-link = View on the map
`;
