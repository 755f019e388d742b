using System.Text.Json.Serialization;

namespace CoMarketing.Tui.Screens.Editor;

/// <summary>A draft's JSON contract generated at build time, so that drafts are written and read without reflection (Native AOT).</summary>
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(SortedDictionary<string, string>))]
internal sealed partial class EditorDraftJson : JsonSerializerContext;
