# polymorphism: duck typing, overriding, abstract-like base raising NotImplementedError
class Notifier:
    def send(self, msg):
        raise NotImplementedError("subclasses must implement send")
    def notify_all(self, msgs):
        return [self.send(m) for m in msgs]
class Email(Notifier):
    def send(self, msg):
        return f"email:{msg}"
class Sms(Notifier):
    def send(self, msg):
        return f"sms:{msg[:5]}"
for n in [Email(), Sms()]:
    print(type(n).__name__, n.notify_all(["hello world", "bye"]))
try:
    Notifier().send("x")
except NotImplementedError as e:
    print(type(e).__name__ + ":", e, issubclass(NotImplementedError, RuntimeError))
class Duck:
    def speak(self): return "quack"
class Robot:
    def speak(self): return "beep"
print([x.speak() for x in (Duck(), Robot())])
