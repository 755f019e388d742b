using CoMarketing.Core.Businesses;
using CoMarketing.Tui.Application;

namespace CoMarketing.Tui.Screens.Coordinator;

/// <summary>A member in the coordinator's member tool: the business and its kiosk account (null when archived).</summary>
public sealed record MemberRow(Business Business, KioskAccountState? Account);
