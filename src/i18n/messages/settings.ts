// Words of settings: language, community, phone, privacy choice. Fluent syntax: https://projectfluent.org/fluent/guide/
// Both languages side by side; test/node/i18n.test.ts checks that every key used exists in both.
export default {
  zh: `
menu-settings = ⚙️ 设置
button-language = 🌐 语言
button-community = 🏘 社区
button-phone = 📱 分享手机号
button-phone-remove = 📱 删除手机号
button-privacy = 🔒 隐私同意
settings-summary =
    您的设置
    语言：{ $language }
    社区：{ $community }
    手机号：{ $phone }
    隐私同意：{ $consent }
pick-language = 请选择语言 / Choose a language:
language-zh = 中文
language-en = 英文 (English)
language-set = 已切换为中文。
consent-state-given = 已同意
consent-state-declined = 未同意
consent-state-unasked = 尚未回答
command-settings = 设置：语言、社区、手机号
`,
  en: `
menu-settings = ⚙️ Settings
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
command-settings = Settings: language, community, phone
`,
};
