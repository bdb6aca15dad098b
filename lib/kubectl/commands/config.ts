import type { Subcommand } from "../context";
import { configView } from "./config/view";
import { currentContext, deleteContext, getContexts, renameContext, setContext, useContext } from "./config/contexts";
import { deleteCluster, deleteUser, getClusters, getUsers, setCluster, setCredentials } from "./config/entries";
import { configSet, configUnset } from "./config/property";

/** `kubectl config …` over the kubeconfig file on the current host. */
export const config: Subcommand = {
  name: "config",
  summary: "Modify kubeconfig files",
  flags: [],
  help: "",
  groupHelpTo: "stderr",
  children: [currentContext, deleteCluster, deleteContext, deleteUser, getClusters, getContexts, getUsers, renameContext, configSet, setCluster, setContext, setCredentials, configUnset, useContext, configView],
};
