import type { Subcommand } from "../context";
import { setEnv } from "./set/env";
import { setImage } from "./set/image";
import { setResources } from "./set/resources";
import { setServiceAccount } from "./set/serviceaccount";
import { setSelector } from "./set/selector";

export const set: Subcommand = {
  name: "set",
  summary: "Set specific features on objects",
  flags: [],
  help: "",
  groupHelpTo: "stderr",
  children: [setEnv, setImage, setResources, setSelector, setServiceAccount],
};
