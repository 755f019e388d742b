using System.Text.Json.Serialization;

namespace CoMarketing.Cli.Commands;

/// <summary>The snapshot's JSON contract generated at build time (no reflection, Native AOT).</summary>
[JsonSerializable(typeof(DbSnapshot))]
internal sealed partial class DbSnapshotJson : JsonSerializerContext;
