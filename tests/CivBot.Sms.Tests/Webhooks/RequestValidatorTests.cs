namespace CivBot.Sms.Tests.Webhooks;

using CivBot.Sms.Webhooks;

/// <summary>Every known-answer vector of protocols.md §3.2 (from twilio-csharp and twilio-node's own tests).</summary>
public sealed class RequestValidatorTests
{
    private const string Token = "12345";
    private const string Base = "https://mycompany.com/myapp.php?foo=1&bar=2";

    // Posted out of order on purpose: the signature sorts them.
    private static readonly KeyValuePair<string, string>[] Params =
    [
        new("CallSid", "CA1234567890ABCDE"),
        new("From", "+14158675309"),
        new("Digits", "1234"),
        new("To", "+18005551212"),
        new("Caller", "+14158675309"),
    ];

    [Fact]
    public void The_base_case_signs_the_url_and_the_sorted_parameters()
    {
        Assert.Equal("RSOYDt4T1cUTdK1PDd93/VVr8B8=", TwilioSignature.Compute(Token, Base, Params));
        Assert.True(RequestValidator.IsValid(Token, Base, Params, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
    }

    [Theory]
    [InlineData("NOTRSOYDt4T1cUTdK1PDd93/VVr8B8=")]
    [InlineData("")]
    [InlineData(null)]
    public void A_wrong_or_missing_signature_fails(string? signature) =>
        Assert.False(RequestValidator.IsValid(Token, Base, Params, signature));

    [Fact]
    public void Another_token_fails() =>
        Assert.False(
            RequestValidator.IsValid("54321", Base, Params, "RSOYDt4T1cUTdK1PDd93/VVr8B8=")
        );

    [Theory]
    // A URL without a port is also tried with the scheme's default port.
    [InlineData(Base, "kvajT1Ptam85bY51eRf/AJRuM3w=")]
    [InlineData("http://mycompany.com/myapp.php?foo=1&bar=2", "0ZXoZLH/DfblKGATFgpif+LLRf4=")]
    // A URL with a port is taken as it is, and also without the port.
    [InlineData("http://mycompany.com:1234/myapp.php?foo=1&bar=2", "Zmvh+3yNM1Phv2jhDCwEM3q5ebU=")]
    [InlineData("https://mycompany.com:1234/myapp.php?foo=1&bar=2", "CYn1h0gLBdNxDGkKJg6hYohgeD8=")]
    [InlineData("https://mycompany.com:1234/myapp.php?foo=1&bar=2", "RSOYDt4T1cUTdK1PDd93/VVr8B8=")]
    // Host case is signed as typed.
    [InlineData("https://MyCompany.com/myapp.php?foo=1&bar=2", "g9IN/x4Cft2g517EjYvEvM/W7LU=")]
    [InlineData("https://MyCompany.com:1234/myapp.php?foo=1&bar=2", "PCqOZm8cnu/L6+u5i5fuEd+Iac4=")]
    [InlineData("http://MyCompany.com/myapp.php?foo=1&bar=2", "XY7AlKOKL6im4yWyX84gldUrtis=")]
    // Credentials in the URL are part of what is signed.
    [InlineData(
        "http://username:password@MyCompany.com/myapp.php?foo=1&bar=2",
        "PJ08CxXr7KLPjEQCTc8LkUSMwSM="
    )]
    [InlineData(
        "HTTP://username:password@MyCompany.com/myapp.php?foo=1&bar=2",
        "hy/l8pca+LFms4cvRdv8uiP6NGc="
    )]
    [InlineData(
        "http://Username:Password@MyCompany.com/myapp.php?foo=1&bar=2",
        "SkTSKyDJH9kUlhItI0slbgZ1UsI="
    )]
    [InlineData(
        "https://user:pass@mycompany.com/myapp.php?foo=1&bar=2",
        "CukzLTc1tT5dXEDIHm/tKBanW10="
    )]
    [InlineData(
        "https://user:pass@mycompany.com/myapp.php?foo=1&bar=2",
        "ZQFR1PTIZXF2MXB8ZnKCvnnA+rI="
    )]
    [InlineData("https://user@mycompany.com/myapp.php?foo=1&bar=2", "2YRLlVAflCqxaNicjMpJcSTgzSs=")]
    public void Known_answer_vectors_validate(string url, string signature) =>
        Assert.True(RequestValidator.IsValid(Token, url, Params, signature));

    [Fact]
    public void Host_case_matters()
    {
        Assert.False(
            RequestValidator.IsValid(
                Token,
                "https://MyCompany.com/myapp.php?foo=1&bar=2",
                Params,
                "RSOYDt4T1cUTdK1PDd93/VVr8B8="
            )
        );
    }

    [Theory]
    [InlineData("https://mycompany.com/myapp.php?foo=1&bar=2&Body=It%27s+amazing")]
    [InlineData("https://mycompany.com/myapp.php?foo=1&bar=2&Body=It's+amazing")]
    public void An_apostrophe_in_the_query_validates_raw_or_encoded(string url)
    {
        Assert.Equal(
            "TfZzewPq8wqrGlMfyAud8+/IvJ0=",
            TwilioSignature.Compute(
                Token,
                "https://mycompany.com/myapp.php?foo=1&bar=2&Body=It%27s+amazing",
                Params
            )
        );
        Assert.True(RequestValidator.IsValid(Token, url, Params, "TfZzewPq8wqrGlMfyAud8+/IvJ0="));
    }

    [Fact]
    public void A_repeated_parameter_signs_each_distinct_value_in_order_either_way_round()
    {
        KeyValuePair<string, string>[] forward =
        [
            new("MessagingBinding.Address", "+1325xxxxxxx"),
            new("MessagingBinding.Address", "+1415xxxxxxx"),
        ];
        KeyValuePair<string, string>[] backward = [forward[1], forward[0]];

        Assert.True(RequestValidator.IsValid(Token, Base, forward, "83O6e2vORAoJHUNzJjDWN1jz+BA="));
        Assert.True(
            RequestValidator.IsValid(Token, Base, backward, "83O6e2vORAoJHUNzJjDWN1jz+BA=")
        );
    }

    [Fact]
    public void Several_parameters_with_duplicate_values_sign_once_per_value()
    {
        KeyValuePair<string, string>[] values =
        [
            new("Sid", "CA123"),
            new("SidAccount", "AC123"),
            new("Digits", "5678"),
            new("Digits", "1234"),
            new("Digits", "1234"),
        ];

        Assert.True(RequestValidator.IsValid(Token, Base, values, "IK+Dwps556ElfBT0I3Rgjkr1wJU="));
    }

    private const string Body = "{\"property\": \"value\", \"boolean\": true}";
    private const string BodyHash =
        "0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620";

    [Fact]
    public void A_json_body_is_checked_through_its_hash_in_the_url()
    {
        Assert.Equal(BodyHash, TwilioSignature.BodyHash(Body));
        Assert.True(
            RequestValidator.IsValidWithBody(
                Token,
                Base + "&bodySHA256=" + BodyHash,
                Body,
                "a9nBmqA0ju/hNViExpshrM61xv4="
            )
        );
        Assert.True(
            RequestValidator.IsValidWithBody(
                Token,
                "https://mycompany.com/myapp.php?bodySHA256=" + BodyHash,
                Body,
                "y77kIzt2vzLz71DgmJGsen2scGs="
            )
        );
    }

    [Fact]
    public void An_empty_json_body_validates_through_the_default_port_variant()
    {
        const string emptyHash = "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a";
        Assert.Equal(emptyHash, TwilioSignature.BodyHash("{}"));
        Assert.True(
            RequestValidator.IsValidWithBody(
                Token,
                Base + "&bodySHA256=" + emptyHash,
                "{}",
                "Ldidvp12m26NI7eqEvxnEpkd9Hc="
            )
        );
    }

    [Fact]
    public void A_body_without_its_hash_or_with_another_body_fails()
    {
        Assert.False(
            RequestValidator.IsValidWithBody(Token, Base, Body, "RSOYDt4T1cUTdK1PDd93/VVr8B8=")
        );
        Assert.False(
            RequestValidator.IsValidWithBody(
                Token,
                Base + "&bodySHA256=" + BodyHash,
                "{\"property\": \"tampered\"}",
                "a9nBmqA0ju/hNViExpshrM61xv4="
            )
        );
    }

    [Theory]
    [InlineData(
        "https://mycompany.com/myapp.php?test=param",
        "https://mycompany.com:443/myapp.php?test=param",
        true
    )]
    [InlineData(
        "https://mycompany.com:443/myapp.php?test=param",
        "https://mycompany.com/myapp.php?test=param",
        true
    )]
    [InlineData(
        "https://mycompany.com/myapp.php?test=param",
        "https://mycompany.com/myapp.php?test=param2",
        false
    )]
    [InlineData(
        "https://mycompany.com/myapp.php?test=it's",
        "https://mycompany.com/myapp.php?test=it%27s",
        true
    )]
    [InlineData(
        "https://mycompany.com/myapp.php?test=it%27s",
        "https://mycompany.com/myapp.php?test=it's",
        true
    )]
    public void Twilio_node_round_trips_hold(string signedUrl, string requestUrl, bool valid)
    {
        KeyValuePair<string, string>[] body = [new("Body", "hello")];
        var signature = TwilioSignature.Compute("s3cr3t", signedUrl, body);

        Assert.Equal(valid, RequestValidator.IsValid("s3cr3t", requestUrl, body, signature));
    }

    [Fact]
    public void The_sms_shaped_vectors_validate()
    {
        Assert.True(
            RequestValidator.IsValid(
                "test-auth-token",
                "https://bot.example.test/twilio/sms",
                [
                    new("MessageSid", "SM0123456789abcdef0123456789abcdef"),
                    new("AccountSid", "AC0123456789abcdef0123456789abcdef"),
                    new("From", "+15005550006"),
                    new("To", "+15005550001"),
                    new("Body", "Hello STOP é"),
                    new("NumMedia", "0"),
                ],
                "jKMjH7HcddrR2HpQ86MwF5TRaXo="
            )
        );
        Assert.True(
            RequestValidator.IsValid(
                "test-auth-token",
                "http://127.0.0.1:5000/sms?tenant=a",
                [
                    new("MessageSid", "MM0123456789abcdef0123456789abcdef"),
                    new("From", "+15005550006"),
                    new("To", "+15005550001"),
                    new("Body", ""),
                    new("NumMedia", "1"),
                    new(
                        "MediaUrl0",
                        "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1"
                    ),
                    new("MediaContentType0", "image/jpeg"),
                ],
                "G8Bko7/7vBVgXlAQ8kmmPpPg1sg="
            )
        );
    }

    [Fact]
    public void A_changed_parameter_fails()
    {
        var tampered = Params.Select(p => p.Key == "Digits" ? new(p.Key, "9999") : p).ToArray();

        Assert.False(
            RequestValidator.IsValid(Token, Base, tampered, "RSOYDt4T1cUTdK1PDd93/VVr8B8=")
        );
    }
}
