namespace CoMarketing.Core.Reference;

/// <summary>One record of a reference CSV file: the 1-based line it starts on (the header is line 1) and its fields.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);
