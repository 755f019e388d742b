using CoMarketing.Core.Audit;

namespace CoMarketing.Tui.Tests.Application;

/// <summary>One write the fake backend received: what, by whom, about which record (tests assert on these).</summary>
/// <param name="Operation">The backend method, e.g. <c>UpdateBusiness</c>, <c>SetMemberPin</c>, <c>SaveDraft</c>.</param>
/// <param name="Actor">Who asked for it.</param>
/// <param name="Id">The business (or null) the write was about.</param>
/// <param name="Detail">What was written, e.g. the business name or the draft key.</param>
internal sealed record BackendWrite(string Operation, Actor Actor, long? Id = null, string? Detail = null);
