export {
  type LoadedSettings,
  SettingsFile,
  type SettingsFileOptions,
  type SettingsWarning,
} from "./SettingsFile.js";
