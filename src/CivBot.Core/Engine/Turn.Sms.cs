namespace CivBot.Core.Engine;

using CivBot.Core.Commands;
using CivBot.Core.Effects;

/// <summary>Joining by SMS: the group's join code, "JOIN &lt;code&gt;" and "NAME &lt;name&gt;".</summary>
internal sealed partial class Turn
{
    private void SmsCode(ParsedCommand cmd)
    {
        var code = State.JoinCode;
        // "/smscode new" retires a code that was shared too widely.
        if (code is null || cmd.Words is ["new", ..])
        {
            var serial = State.JoinCodeSerial + 1;
            // Salted with what outsiders cannot see (the chain head, this event's platform id and time), so a group's
            // id alone does not give its code away; still pure: the same inputs give the same code.
            code = JoinCodes.Derive(
                State.Id,
                serial,
                $"{State.Head.Hash}|{input.PlatformId}|{now.ToUnixTimeMilliseconds()}"
            );
            State = State with { JoinCode = code, JoinCodeSerial = serial };
        }
        // Registered every time: storage keeps one code per group, so this also repairs a lost row.
        Emit(new RegisterJoinCode(code));
        Tell(w => w.HowToJoin(code));
    }

    /// <summary>Storage routed a "JOIN &lt;code&gt;" here when the code is this group's; the member was added on arrival.</summary>
    private void Join(ParsedCommand cmd)
    {
        var code = JoinCodes.Normalize(cmd.Words.FirstOrDefault());
        if (cmd.Words.Length == 0)
        {
            Tell(w => w.JoinNoCode);
            return;
        }
        if (code is null || code != State.JoinCode)
        {
            Tell(w => w.JoinWrongCode);
            return;
        }
        var member = State.Member(Me)!;
        if (!member.Active)
            UpdateMember(member with { Active = true });
        Tell(w => w.JoinWelcome(member.Handle));
        if (_joinedNow)
            Say(null, w => w.JoinedBySms(member.Handle));
    }

    private void Name(ParsedCommand cmd)
    {
        var wanted = cmd.Args.Trim();
        if (wanted.Length == 0)
        {
            Tell(w => w.NameMissing);
            return;
        }
        var others = State.Members.Where(m => m.Id != Me).Select(m => m.Handle).ToList();
        if (HandleRules.Problem(wanted, others) is { } why)
        {
            Tell(w =>
                w.NameRefused(
                    why.In(w),
                    HandleRules.Variant(wanted, others, w.SuggestedName),
                    sms: input.Chat.Channel == "sms"
                )
            );
            return;
        }
        var handle = UnicodeForms.Nfc(wanted);
        UpdateMember(State.Member(Me)! with { Handle = handle, NameChosen = true });
        Tell(w => w.Named(handle));
    }
}
