// Words of settings: language, community, text size, map, phone, privacy choice. Fluent syntax: https://projectfluent.org/fluent/guide/
// Both languages side by side; test/node/i18n.test.ts checks that every key used exists in both.
export default {
  zh: `
menu-settings = ⚙️ 设置
button-language = 🌐 语言
button-community = 🏘 社区
button-text-size = 🔠 字号
button-map = 🗺 地图
button-phone = 📱 分享手机号
button-phone-remove = 📱 删除手机号
button-privacy = 🔒 隐私同意
settings-summary =
    您的设置
    语言：{ $language }
    社区：{ $community }
    手机号：{ $phone }
    隐私同意：{ $consent }
settings-text-size = 字号：{ $size }
settings-map = 打开地址用：{ $map }
pick-language = 请选择语言：
language-zh = 中文
language-en = 英文 (English)
language-set = 已切换为中文。
pick-text-size = 请选择字的大小：
text-size-normal = 标准
text-size-large = 大字
text-size-set-normal = 好的，已改回标准字号。
text-size-set-large = 好的，已换成大字。
pick-map = 点地址的时候，用哪个地图打开？
map-app-amap = 高德地图
map-app-baidu = 百度地图
map-set = 好的，以后地址用{ $map }打开。
consent-state-given = 已同意
consent-state-declined = 未同意
consent-state-unasked = 还没回答
command-settings = 设置：语言、社区、手机号
`,
  en: `
menu-settings = ⚙️ Settings
button-language = 🌐 Language
button-community = 🏘 Community
button-text-size = 🔠 Text size
button-map = 🗺 Map
button-phone = 📱 Share phone number
button-phone-remove = 📱 Delete phone number
button-privacy = 🔒 Privacy consent
settings-summary =
    Your settings
    Language: { $language }
    Community: { $community }
    Phone: { $phone }
    Privacy consent: { $consent }
settings-text-size = Text size: { $size }
settings-map = Addresses open in: { $map }
pick-language = Choose a language / 请选择语言:
language-zh = Chinese (中文)
language-en = English
language-set = Switched to English.
pick-text-size = How large should the text be?
text-size-normal = Standard
text-size-large = Large
text-size-set-normal = All right: standard text size again.
text-size-set-large = All right: large text from now on.
pick-map = Which map should an address open in?
map-app-amap = Amap (高德地图)
map-app-baidu = Baidu Maps (百度地图)
map-set = All right: addresses open in { $map } from now on.
consent-state-given = given
consent-state-declined = declined
consent-state-unasked = not answered yet
command-settings = Settings: language, community, phone
`,
};
