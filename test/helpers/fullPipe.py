# Runs a command with one descriptor (1 or 2) on a non-blocking pipe that is full but for one page, as a parent
# that set O_NONBLOCK on its end might hand down. It reads nothing until the command has filled that page, so the
# command's next write there meets EAGAIN; then it reads to the end and copies what the command wrote to its own
# descriptor of that number. Exits with the command's status. Usage: fullPipe.py FD COMMAND [ARG...]
import array, fcntl, os, subprocess, sys, termios, time

fd = int(sys.argv[1])
r, w = os.pipe()
fcntl.fcntl(w, fcntl.F_SETFL, fcntl.fcntl(w, fcntl.F_GETFL) | os.O_NONBLOCK)
PAGE = 4096
filler = 0
try:
    while True:
        filler += os.write(w, b'.' * PAGE)
except BlockingIOError:
    pass
filler -= len(os.read(r, PAGE))  # one page of room: the command's first write fits, partly or whole

def queued():
    n = array.array('i', [0])
    fcntl.ioctl(r, termios.FIONREAD, n)
    return n[0]

child = subprocess.Popen(sys.argv[2:], **({'stdout': w} if fd == 1 else {'stderr': w}))
os.close(w)
# Polling, not timing: the loop ends when the page is taken or the command has ended.
while queued() < filler + PAGE and child.poll() is None:
    time.sleep(0.01)
out = bytearray()
while chunk := os.read(r, 65536):
    out += chunk
status = child.wait()
os.write(fd, out[filler:])
sys.exit(status if status >= 0 else 128 - status)
