import { StatusError } from "../engine/api/errors";
import type { ResourceInfo } from "../engine/client";
import { goQuote } from "../engine/api/label-selector";

/**
 * kubectl's wording for a failed list (cli-runtime resource.EnhanceListError): a BadRequest or
 * NotFound from the server gets the resource and the selectors in front of the server's message.
 */
export function enhanceListError(e: unknown, info: ResourceInfo, labelSelector = "", fieldSelector = ""): unknown {
  if (!(e instanceof StatusError) || (e.reason !== "BadRequest" && e.reason !== "NotFound")) return e;
  const subject = `${info.group}/${info.version}, Resource=${info.resource}`;
  const [labels, fields] = [labelSelector.trim(), fieldSelector.trim()];
  const message =
    labels || fields
      ? `Unable to find ${goQuote(subject)} that match label selector ${goQuote(labels)}, field selector ${goQuote(fields)}: ${e.message}`
      : `Unable to list ${goQuote(subject)}: ${e.message}`;
  return new StatusError({ ...e.status, message });
}
