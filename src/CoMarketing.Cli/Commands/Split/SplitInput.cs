using CoMarketing.Core.Splitting;

namespace CoMarketing.Cli.Commands.Split;

/// <summary>The <c>split --input</c> document, read and checked: its currency and the request for the splitter.</summary>
public sealed record SplitInput(string Currency, SplitRequest Request);
