import { ToolFailure } from "../../tools/index.js";
import { mapsDirectionsUrl, mapsLocationUrl } from "./mapsUrls.js";
import type { SandboxTool } from "./SandboxTool.js";

/** maps_open_location and maps_show_directions (spec §1.3 #9, #10): URLs and texts as the reference builds them. */
export const mapsTools: Readonly<Record<string, SandboxTool>> = {
  maps_open_location: (args) => {
    const location = args.text(0, "location");
    if (location.trim() === "") {
      throw new ToolFailure("No location was given.", { code: "sandbox/invalid-argument" });
    }
    return `Location of ${location} in Apple Maps: ${mapsLocationUrl(location)}`;
  },

  maps_show_directions: (args) => {
    const end = args.text(1, "end_location");
    if (end.trim() === "") {
      throw new ToolFailure("No end_location was given.", { code: "sandbox/invalid-argument" });
    }
    const url = mapsDirectionsUrl(args.text(0, "start_location"), end, args.text(2, "transport"));
    return `Directions to ${end} in Apple Maps: ${url}`;
  },
};
