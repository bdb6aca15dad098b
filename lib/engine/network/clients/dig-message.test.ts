import { describe, expect, it } from "vitest";
import { messageSize, questionLine, rrLine, type DigReply } from "./dig-message";

/** Lines and sizes as published dig 9.16/9.18 transcripts print them. */
describe("dig message layout", () => {
  it("aligns records on BIND's tab columns, a space past a long owner", () => {
    expect(questionLine("myapp.default.svc.cluster.local", "A")).toBe(";myapp.default.svc.cluster.local. IN\tA");
    expect(questionLine("ftp.armour.local.", "A")).toBe(";ftp.armour.local.\t\tIN\tA");
    expect(rrLine({ name: "myapp.default.svc.cluster.local", ttl: 30, type: "A", data: "10.100.179.119" })).toBe("myapp.default.svc.cluster.local. 30 IN\tA\t10.100.179.119");
    expect(rrLine({ name: "ftp.armour.local", ttl: 86400, type: "CNAME", data: "armour.local." })).toBe("ftp.armour.local.\t86400\tIN\tCNAME\tarmour.local.");
    expect(rrLine({ name: "armour.local", ttl: 86400, type: "A", data: "192.168.1.21" })).toBe("armour.local.\t\t86400\tIN\tA\t192.168.1.21");
    expect(rrLine({ name: "kubernetes.default.svc.cluster.local", ttl: 5, type: "A", data: "10.96.0.1" })).toBe("kubernetes.default.svc.cluster.local. 5\tIN A\t10.96.0.1");
  });

  it("counts the reply's wire size as CoreDNS sends it (no name compression, echoed cookie)", () => {
    const reply = (answers: DigReply["answers"], authority: DigReply["authority"] = []): DigReply => ({ rcode: "NOERROR", flags: [], answers, authority, udp: 1232, cookie: "0123456789abcdef", compressed: false });
    expect(messageSize("myapp.default.svc.cluster.local", reply([{ name: "myapp.default.svc.cluster.local", ttl: 30, type: "A", data: "10.100.179.119" }]))).toBe(119);
    expect(messageSize("182.208.108.10.in-addr.arpa", reply([{ name: "182.208.108.10.in-addr.arpa", ttl: 30, type: "PTR", data: "nginx.default.svc.cluster.local." }]))).toBe(140);
    const soa = { name: "cluster.local", ttl: 30, type: "SOA", data: "ns.dns.cluster.local. hostmaster.cluster.local. 1642582035 7200 1800 86400 30" };
    expect(messageSize("http://_http-port._tcp.sample-clusterip.default.svc.cluster.local", reply([], [soa]))).toBe(199);
  });
});
